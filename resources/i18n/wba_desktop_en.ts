<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Die Datei wurde gespeichert:
%1</source>
        <translation>The file has been saved:
%1</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Gerade ebenfalls geöffnet: </source>
        <translation>Also open right now: </translation>
    </message>
    <message>
        <source>Gerade arbeitet ein anderes Programm mit der Datenbank.</source>
        <translation>Another program is working with the database right now.</translation>
    </message>
    <message>
        <source>%1

Sobald dort fertig gespeichert ist, können Sie es erneut versuchen. Gespeichert wurde noch nichts; Ihre Eingaben bleiben erhalten.</source>
        <translation>%1

Once it has finished saving there, you can try again. Nothing has been saved yet; your entries are kept.</translation>
    </message>
    <message>
        <source>Die Datenbank ist gerade belegt</source>
        <translation>The database is busy right now</translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Verbindung zur Datenbank ist unterbrochen</source>
        <translation>The connection to the database is interrupted</translation>
    </message>
    <message>
        <source>Der Server der Teamdatenbank antwortet gerade nicht (Netzwerk, VPN oder Wartung?). Gespeichert wurde nichts; Ihre Eingaben bleiben erhalten. Bitte erneut versuchen, sobald die Verbindung wieder steht.</source>
        <translation>The team database server is not answering right now (network, VPN or maintenance?). Nothing has been saved; your entries are kept. Please try again once the connection is back.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mit</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Verbund</source>
        <translation>Training network</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kontakt erfassen …</source>
        <translation>Record contact …</translation>
    </message>
    <message>
        <source>Organisation löschen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>deaktivieren</source>
        <translation>deactivate</translation>
    </message>
    <message>
        <source>„%1“ ist mit %2 und %3 verknüpft und kann deshalb nicht gelöscht werden. Stattdessen deaktivieren?</source>
        <translation>“%1” is linked to %2 and %3 and therefore cannot be deleted. Deactivate it instead?</translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>löschen</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>„%1“ endgültig löschen?</source>
        <translation>Delete “%1” permanently?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Person löschen</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source> Ihre Zuordnung wird mit gelöscht.</source>
        <translation> Their assignment is deleted with it.</translation>
    </message>
    <message>
        <source> Ihre %n Zuordnungen werden mit gelöscht.</source>
        <translation> Their %n assignments are deleted with it.</translation>
    </message>
    <message>
        <source>Nur deaktivieren</source>
        <translation>Deactivate only</translation>
    </message>
    <message>
        <source>Einwilligung fehlt/widerrufen</source>
        <extracomment>kind -&gt; (statuses written to, subject prefix, first line of the text) (e-mail, person id) of everyone reached, for the disclosure log
----------
status -&gt; (text colour, background) in the table and the attendance list</extracomment>
        <translation>Consent missing/withdrawn</translation>
    </message>
    <message>
        <source>keine E-Mail-Adresse</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <source>Workshop(s)</source>
        <translation>Workshop(s)</translation>
    </message>
    <message>
        <source>Noch niemand auf der Einladungsliste.</source>
        <translation>Nobody on the invitation list yet.</translation>
    </message>
    <message>
        <source>%1 eingeladen</source>
        <translation>%1 invited</translation>
    </message>
    <message>
        <source>%1 vorgemerkt</source>
        <translation>%1 shortlisted</translation>
    </message>
    <message>
        <source>%1 zugesagt</source>
        <translation>%1 accepted</translation>
    </message>
    <message>
        <source> (von %1 Plätzen)</source>
        <translation> (of %1 places)</translation>
    </message>
    <message>
        <source>%1 teilgenommen</source>
        <translation>%1 attended</translation>
    </message>
    <message>
        <source>%1 nicht erschienen</source>
        <translation>%1 no-show</translation>
    </message>
    <message>
        <source>%1 Warteliste</source>
        <translation>%1 waiting list</translation>
    </message>
    <message>
        <source>%1 abgesagt</source>
        <translation>%1 declined</translation>
    </message>
    <message>
        <source>„%1“ bei %2 Person(en) gesetzt.</source>
        <translation>“%1” set for %2 person(s).</translation>
    </message>
    <message>
        <source>%1 hatte(n) diesen Status schon.</source>
        <translation>%1 already had this status.</translation>
    </message>
    <message>
        <source>Ausgebucht – auf die Warteliste: %1.</source>
        <translation>Fully booked – onto the waiting list: %1.</translation>
    </message>
    <message>
        <source>Von der Warteliste nachgerückt: %1.</source>
        <translation>Moved up from the waiting list: %1.</translation>
    </message>
    <message>
        <source>Absage als Kalenderdatei …</source>
        <translation>Cancellation as calendar file …</translation>
    </message>
    <message>
        <source>Absage für Outlook (.ics): Wer den Termin aus einer früheren Kalenderdatei übernommen hat, dem wird er beim Öffnen dieser Datei gestrichen.</source>
        <translation>Cancellation for Outlook (.ics): anyone who took the date from an earlier calendar file will have it removed when opening this file.</translation>
    </message>
    <message>
        <source>Absage als Kalenderdatei speichern</source>
        <translation>Save cancellation as calendar file</translation>
    </message>
    <message>
        <source>Absage</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Kalenderdatei (.ics) …</source>
        <translation>Calendar file (.ics) …</translation>
    </message>
    <message>
        <source>Termin mit Programm für Outlook (.ics)</source>
        <translation>Date with programme for Outlook (.ics)</translation>
    </message>
    <message>
        <source>Kalenderdatei speichern</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>WBA-Region</source>
        <translation>WBA region</translation>
    </message>
    <message>
        <source>Zuständigkeit</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Branchen</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Schlagwörter</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Einfluss</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Haltung</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Geändert</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>; (Outlook unter Windows)</source>
        <translation>; (Outlook on Windows)</translation>
    </message>
    <message>
        <source>, (andere Programme)</source>
        <translation>, (other programs)</translation>
    </message>
    <message>
        <source>%n Adressen als Blindkopie (BCC) in einer E-Mail.</source>
        <translation>%n addresses as blind copy (BCC) in one e-mail.</translation>
    </message>
    <message>
        <source>%n Adressen als Blindkopie (BCC). Weil lange Empfängerlisten in E-Mail-Programmen scheitern, auf %1 E-Mails verteilt:</source>
        <translation>%n addresses as blind copy (BCC). Because long recipient lists fail in e-mail programs, split into %1 e-mails:</translation>
    </message>
    <message>
        <source>E-Mail öffnen (%n Empfänger)</source>
        <translation>Open e-mail (%n recipients)</translation>
    </message>
    <message>
        <source>Teil %1 öffnen (%n Empfänger)</source>
        <translation>Open part %1 (%n recipients)</translation>
    </message>
    <message>
        <source>Beziehungen zwischen Landkreisen (Breite: Anzahl)</source>
        <translation>Relationships between districts (width: number)</translation>
    </message>
    <message>
        <source>%1 Organisationen ohne Landkreis sind nicht eingezeichnet.</source>
        <translation>%1 organisations without a district are not drawn.</translation>
    </message>
    <message>
        <source>Auskunft (Art. 15) …</source>
        <translation>Access report (Art. 15) …</translation>
    </message>
    <message>
        <source>Alles, was über diese Person gespeichert ist, als PDF oder Excel-Datei</source>
        <translation>Everything stored about this person as a PDF or Excel file</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO speichern</source>
        <translation>Save access report under Art. 15 GDPR</translation>
    </message>
    <message>
        <source>Die Auskunft zu %1 wurde gespeichert:
%2</source>
        <translation>The access report on %1 has been saved:
%2</translation>
    </message>
    <message>
        <source>Zu „%1“ sind keine Daten gespeichert. Das Schreiben „keine Daten gespeichert“ wurde gespeichert:
%2</source>
        <translation>No data is stored on “%1”. The letter “no data stored” has been saved:
%2</translation>
    </message>
    <message>
        <source>Auskunft gespeichert</source>
        <translation>Access report saved</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Access report under Art. 15 GDPR</translation>
    </message>
    <message>
        <source>Anonymisieren (Art. 17) …</source>
        <translation>Anonymise (Art. 17) …</translation>
    </message>
    <message>
        <source>Überprüfungsliste …</source>
        <translation>Review list …</translation>
    </message>
    <message>
        <source>&amp;Datenschutz</source>
        <translation>&amp;Data protection</translation>
    </message>
    <message>
        <source>Anonymisieren (Art. 17 DSGVO)</source>
        <translation>Anonymise (Art. 17 GDPR)</translation>
    </message>
    <message>
        <source>Name, Kontaktdaten, Notizen, Schlagwörter, Zuordnungen, Beiratssitze, Rollen als Ansprechperson und Verteiler-Mitgliedschaften werden entfernt, Texte zu ihren Aktivitäten, Einladungen und Einwilligungen ersetzt, das Änderungsprotokoll über sie geleert. Für die Statistik bleiben anonym: Aktivitäten, Einladungen und Teilnahmen mit Art und Landkreis der Organisation.

Das lässt sich nicht rückgängig machen.</source>
        <translation>Name, contact details, notes, keywords, assignments, board seats, roles as contact person and distribution list memberships are removed, texts about their activities, invitations and consents replaced, the change log about them cleared. Kept anonymously for statistics: activities, invitations and attendances with the type and district of the organisation.

This cannot be undone.</translation>
    </message>
    <message>
        <source>„%1“ unwiderruflich anonymisieren?</source>
        <translation>Anonymise “%1” irrevocably?</translation>
    </message>
    <message>
        <source>Betroffen: %1.</source>
        <translation>Affected: %1.</translation>
    </message>
    <message>
        <source>Unwiderruflich anonymisieren</source>
        <translation>Anonymise irrevocably</translation>
    </message>
    <message>
        <source>Nur lesen: Diese Datenbank ist schreibgeschützt. Sie können alles ansehen, suchen und exportieren, aber nichts ändern. Wer ändern möchte, braucht Schreibrechte für die Datei und ihren Ordner.</source>
        <translation>Read only: this database is write-protected. You can view, search and export everything, but not change anything. To make changes you need write access to the file and its folder.</translation>
    </message>
    <message>
        <source>Tägliche Sicherung angelegt: %1</source>
        <extracomment>set when the window closes: the background runs after the start stop then</extracomment>
        <translation>Daily backup created: %1</translation>
    </message>
    <message>
        <source>Die tägliche Sicherung ist fehlgeschlagen: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>Ratsuchende/r</source>
        <translation>advice seeker</translation>
    </message>
    <message>
        <source>Ratsuchende</source>
        <translation>advice seekers</translation>
    </message>
    <message>
        <source>%1 nach Ablauf der Frist anonymisiert.</source>
        <translation>%1 anonymised after the retention period.</translation>
    </message>
    <message>
        <source>WBA-Sicherung (*.sqlite3)</source>
        <translation>WBA backup (*.sqlite3)</translation>
    </message>
    <message>
        <source>Datensicherung (*.zip)</source>
        <translation>Data backup (*.zip)</translation>
    </message>
    <message>
        <source>Sicherung anlegen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <source>Sicherung wird angelegt …</source>
        <translation>Creating backup …</translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sicherung angelegt: %1</source>
        <translation>Backup created: %1</translation>
    </message>
    <message>
        <source>Datenbank: </source>
        <translation>Database: </translation>
    </message>
    <message>
        <source>Die neue Sprache gilt ab dem nächsten Start von WBA Desktop.</source>
        <translation>The new language applies from the next start of WBA Desktop.</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Jetzt neu starten</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Später</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Die neue Datenbankverbindung gilt ab dem nächsten Start von WBA Desktop.</source>
        <translation>The new database connection takes effect the next time WBA Desktop starts.</translation>
    </message>
    <message>
        <source>Bibliothek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Das Partnernetzwerk der Weiterbildungsagenturen Sachsen-Anhalt: Organisationen, Personen und ihre Beziehungen.</source>
        <translation>The partner network of the continuing-education agencies in Saxony-Anhalt: organisations, people and their relationships.</translation>
    </message>
    <message>
        <source>Datenordner: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Läuft mit: %1</source>
        <translation>Running on: %1</translation>
    </message>
    <message>
        <source>Mitgelieferte Bibliotheken und ihre Lizenzen:</source>
        <translation>Libraries shipped and their licences:</translation>
    </message>
    <message>
        <source>Karte: Verwaltungsgrenzen %1, Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0), VG5000, Stand 01.01.2021.</source>
        <translation>Map: administrative boundaries %1, Data licence Germany – attribution – version 2.0 (dl-de/by-2-0), VG5000, as of 01.01.2021.</translation>
    </message>
    <message>
        <source>Über WBA Desktop</source>
        <translation>About WBA Desktop</translation>
    </message>
    <message>
        <source>Dafür fehlt Ihrer Anmeldung an der Teamdatenbank die Berechtigung (Rolle „Datenschutz“).</source>
        <extracomment>the window&apos;s actions each permission guards (attributes that do not exist are skipped); a backup of the team database is a dump of every table, the audit log included</extracomment>
        <translation>Your team database login lacks the permission for this (role “Datenschutz”).</translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <source>Neue &amp;Organisation …</source>
        <translation>New &amp;organisation …</translation>
    </message>
    <message>
        <source>Neue &amp;Person …</source>
        <translation>New &amp;person …</translation>
    </message>
    <message>
        <source>Neue &amp;Anfrage …</source>
        <translation>New &amp;inquiry …</translation>
    </message>
    <message>
        <source>Anfrage einer oder eines Ratsuchenden oder eines Unternehmens erfassen</source>
        <translation>Record an inquiry from an advice seeker or a company</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>&amp;Deaktivieren / Aktivieren</source>
        <translation>&amp;Deactivate / activate</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>In Liste &amp;suchen</source>
        <translation>&amp;Search in list</translation>
    </message>
    <message>
        <source>&amp;Globale Suche …</source>
        <translation>&amp;Global search …</translation>
    </message>
    <message>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Datenordner öffnen</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;Hilfe zu diesem Bereich</source>
        <translation>&amp;Help on this area</translation>
    </message>
    <message>
        <source>Die Seite des Benutzerhandbuchs zum Bereich, der gerade vorne ist</source>
        <translation>The user guide page for the area currently in front</translation>
    </message>
    <message>
        <source>&amp;Benutzerhandbuch</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Ü&amp;ber WBA Desktop</source>
        <translation>&amp;About WBA Desktop</translation>
    </message>
    <message>
        <source>Zu Ver&amp;bund hinzufügen …</source>
        <translation>Add to training &amp;network …</translation>
    </message>
    <message>
        <source>Einladungen nur mit &amp;Einwilligung</source>
        <translation>Invitations only with &amp;consent</translation>
    </message>
    <message>
        <source>Nur Personen mit erteilter Einwilligung in Einladungslisten aufnehmen (widerrufene Einwilligungen gelten immer)</source>
        <translation>Only add people with consent given to invitation lists (withdrawn consent always applies)</translation>
    </message>
    <message>
        <source>&amp;Gesundheitscheck der Verbünde …</source>
        <translation>Training network &amp;health check …</translation>
    </message>
    <message>
        <source>&amp;Stammdaten …</source>
        <translation>&amp;Reference data …</translation>
    </message>
    <message>
        <source>Mögliche D&amp;uplikate …</source>
        <translation>Possible d&amp;uplicates …</translation>
    </message>
    <message>
        <source>Organisationen und Personen, die vermutlich doppelt erfasst sind</source>
        <translation>Organisations and people that have probably been entered twice</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen mit …</source>
        <translation>&amp;Merge with …</translation>
    </message>
    <message>
        <source>Zwei doppelt erfasste Datensätze zu einem zusammenführen</source>
        <translation>Merge two records entered twice into one</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlagen …</source>
        <translation>&amp;Follow-ups …</translation>
    </message>
    <message>
        <source>Fällige Wiedervorlagen und Organisationen, mit denen Kontakt überfällig ist</source>
        <translation>Follow-ups due and organisations where contact is overdue</translation>
    </message>
    <message>
        <source>&amp;Auskunft erteilen …</source>
        <translation>&amp;Access report …</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO: alles, was über eine Person gespeichert ist</source>
        <translation>Access report under Art. 15 GDPR: everything stored about a person</translation>
    </message>
    <message>
        <source>&amp;Noch nicht informiert …</source>
        <translation>&amp;Not yet informed …</translation>
    </message>
    <message>
        <source>Personen, die seit über 30 Tagen nicht über ihre Daten informiert sind</source>
        <translation>People who have not been informed about their data for more than 30 days</translation>
    </message>
    <message>
        <source>Sicherung &amp;anlegen …</source>
        <translation>&amp;Create backup …</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore backup …</translation>
    </message>
    <message>
        <source>Daten in die &amp;Teamdatenbank übertragen …</source>
        <translation>Transfer data to the &amp;team database …</translation>
    </message>
    <message>
        <source>Alle Daten dieser Datenbank in eine PostgreSQL-Teamdatenbank kopieren</source>
        <translation>Copy all data in this database to a PostgreSQL team database</translation>
    </message>
    <message>
        <source>Änderungs&amp;protokoll …</source>
        <translation>Change &amp;log …</translation>
    </message>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <source>Liste exportieren (Excel, CSV, Outlook)</source>
        <translation>Export list (Excel, CSV, Outlook)</translation>
    </message>
    <message>
        <source>&amp;Beziehungen exportieren …</source>
        <translation>Export &amp;relationships …</translation>
    </message>
    <message>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <source>Organisationen und Personen aus Excel oder CSV übernehmen</source>
        <translation>Import organisations and people from Excel or CSV</translation>
    </message>
    <message>
        <source>Import&amp;verlauf …</source>
        <translation>Import &amp;history …</translation>
    </message>
    <message>
        <source>Bisherige Importe ansehen und einen Import rückgängig machen</source>
        <translation>View previous imports and undo an import</translation>
    </message>
    <message>
        <source>E-&amp;Mail an Auswahl …</source>
        <translation>E-&amp;mail to selection …</translation>
    </message>
    <message>
        <source>&amp;Einwilligung erfassen …</source>
        <translation>Record &amp;consent …</translation>
    </message>
    <message>
        <source>Einwilligung oder Widerruf für die markierten Personen oder einen Verteiler</source>
        <translation>Consent or withdrawal for the selected people or a distribution list</translation>
    </message>
    <message>
        <source>Zu &amp;Verteiler hinzufügen …</source>
        <translation>Add to &amp;distribution list …</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Spalten</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>E&amp;xtras</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Änderungen (alt → neu)</source>
        <translation>Changes (old → new)</translation>
    </message>
    <message>
        <source>an anderer Stelle</source>
        <translation>elsewhere</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Ein unerwarteter Fehler ist aufgetreten.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <source>Details stehen im Protokoll: %1</source>
        <translation>Details are in the log: %1</translation>
    </message>
    <message>
        <source>Bild PNG (*.png)</source>
        <extracomment>the picture formats every picture view offers (matplotlib writes them)</extracomment>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Vektorgrafik SVG (*.svg)</source>
        <translation>SVG vector graphic (*.svg)</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Diesen Eintrag scheint es schon zu geben:</source>
        <translation>This entry seems to exist already:</translation>
    </message>
    <message>
        <source>Einwilligung erteilt</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Einwilligung abgelaufen</source>
        <translation>Consent expired</translation>
    </message>
    <message>
        <source>Datensatz A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <source>Datensatz B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>mögliches Duplikat</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <source>mögliche Duplikate</source>
        <translation>possible duplicates</translation>
    </message>
    <message>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Keine Wiedervorlage überfällig oder in den nächsten Tagen fällig.</source>
        <translation>No follow-up overdue or due in the next few days.</translation>
    </message>
    <message>
        <source>Aufgaben und Checklisten</source>
        <translation>Tasks and checklists</translation>
    </message>
    <message>
        <source>Verbund / Veranstaltung</source>
        <translation>Training network / event</translation>
    </message>
    <message>
        <source>Keine Aufgabe und kein Checklistenpunkt überfällig oder bald fällig.</source>
        <translation>No task or checklist item overdue or due soon.</translation>
    </message>
    <message>
        <source>Veranstaltungen der nächsten %1 Tage</source>
        <translation>Events in the next %1 days</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Keine Veranstaltung in den nächsten %1 Tagen.</source>
        <translation>No event in the next %1 days.</translation>
    </message>
    <message>
        <source>Offene Anfragen</source>
        <translation>Open inquiries</translation>
    </message>
    <message>
        <source>Keine offene Anfrage.</source>
        <translation>No open inquiry.</translation>
    </message>
    <message>
        <source>Verbünde nach Phase und Gesundheit</source>
        <translation>Training networks by phase and health</translation>
    </message>
    <message>
        <source>Erfolgsfaktoren</source>
        <translation>Success factors</translation>
    </message>
    <message>
        <source>Noch kein laufender Verbund.</source>
        <translation>No running training network yet.</translation>
    </message>
    <message>
        <source>Förderung endet bald – ohne Verstetigung</source>
        <translation>Funding ends soon – without continuation</translation>
    </message>
    <message>
        <source>Kein Verbund betroffen.</source>
        <translation>No training network affected.</translation>
    </message>
    <message>
        <source>Partner nach Art und Landkreis</source>
        <translation>Partners by kind and district</translation>
    </message>
    <message>
        <source>Letzte Änderungen</source>
        <translation>Recent changes</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Noch keine Änderungen aufgezeichnet.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>%1 – heute ist %2, der %3.</source>
        <translation>%1 – today is %2, %3.</translation>
    </message>
    <message>
        <source>%1 überfällig, %2 in den nächsten %3 Tagen fällig · &lt;a href=&apos;followups&apos;&gt;alle Wiedervorlagen …&lt;/a&gt;</source>
        <translation>%1 overdue, %2 due in the next %3 days · &lt;a href=&apos;followups&apos;&gt;all follow-ups …&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 überfällig, %2 in den nächsten %3 Tagen fällig · &lt;a href=&apos;followups&apos;&gt;alle Wiedervorlagen …&lt;/a&gt; · &lt;a href=&apos;cadence&apos;&gt;Kontakt überfällig: %4 Organisationen&lt;/a&gt;</source>
        <translation>%1 overdue, %2 due in the next %3 days · &lt;a href=&apos;followups&apos;&gt;all follow-ups …&lt;/a&gt; · &lt;a href=&apos;cadence&apos;&gt;contact overdue: %4 organisations&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Nach Phase: %1 · &lt;a href=&apos;verbuende&apos;&gt;alle Verbünde …&lt;/a&gt;</source>
        <translation>By phase: %1 · &lt;a href=&apos;verbuende&apos;&gt;all training networks …&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Das Änderungsprotokoll ist für Ihre Anmeldung gesperrt.</source>
        <translation>The change log is locked for your login.</translation>
    </message>
    <message>
        <source>%1 überfällig, %2 bald fällig</source>
        <translation>%1 overdue, %2 due soon</translation>
    </message>
    <message>
        <source>Guten Morgen</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <source>Guten Abend</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <source>Guten Tag</source>
        <translation>Hello</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Organisation / Person</source>
        <translation>Organisation / person</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>überfällig</source>
        <extracomment>the &quot;when&quot; filter: label and the last due date it takes (None: every open one)</extracomment>
        <translation>overdue</translation>
    </message>
    <message>
        <source>fällig in %1 Tagen</source>
        <translation>due in %1 days</translation>
    </message>
    <message>
        <source>alle offenen</source>
        <translation>all open</translation>
    </message>
    <message>
        <source>%1 Tage überfällig</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>1 Tag überfällig</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <source>in %1 Tagen</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Kontakt am</source>
        <translation>Contact on</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>hits per group before „alle anzeigen“ heading of a group: (one, many)</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Kontakt alle</source>
        <translation>Contact every</translation>
    </message>
    <message>
        <source>Einfluss × Interesse</source>
        <translation>Influence × interest</translation>
    </message>
    <message>
        <source>Nur aktive</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Nur inaktive</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Einträge</source>
        <translation>entries</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <extracomment>the service filter class and the label of the &quot;all kinds&quot; entry (subclasses)</extracomment>
        <translation>All types</translation>
    </message>
    <message>
        <source>wie Sitz und Zuständigkeit der Organisation</source>
        <translation>as the organisation&apos;s seat and responsibility</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Stärke</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Diese Organisation scheint es schon zu geben:</source>
        <translation>This organisation seems to exist already:</translation>
    </message>
    <message>
        <source>Haupt</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Diese Person scheint es schon zu geben:</source>
        <translation>This person seems to exist already:</translation>
    </message>
    <message>
        <source>Alle Organisationsarten</source>
        <translation>All organisation types</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Stand heute</source>
        <translation>Status today</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>gültig ab</source>
        <translation>valid from</translation>
    </message>
    <message>
        <source>Fassung</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>erfasst von</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <source>erfasst am</source>
        <translation>recorded on</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <source>erledigt am</source>
        <translation>done on</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Zusagen</source>
        <translation>Acceptances</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>vor Ort</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Eingeladen</source>
        <extracomment>the totals strip: (FollowUpReport attribute, caption)</extracomment>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Warteliste</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Verbünde</source>
        <translation>Training networks</translation>
    </message>
    <message>
        <source>Kommende</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Vergangene</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Zugesagt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Teilgenommen</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Keine Veranstaltung gewählt.</source>
        <translation>No event chosen.</translation>
    </message>
    <message>
        <source>Noch niemand eingeladen – das Diagramm erscheint, sobald es Einladungen gibt.</source>
        <translation>Nobody invited yet – the chart appears as soon as there are invitations.</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Abgesagt</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Teilnahmequote</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Beginn–Ende</source>
        <extracomment>kinds whose participants are assigned (besides any session running in parallel)</extracomment>
        <translation>Start–end</translation>
    </message>
    <message>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Mitwirkende</source>
        <translation>Speakers and hosts</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV für andere Programme (.csv, Semikolon, UTF-8)</source>
        <translation>CSV for other programs (.csv, semicolon, UTF-8)</translation>
    </message>
    <message>
        <source>Outlook-Kontakte in einer Datei (.vcf)</source>
        <translation>Outlook contacts in one file (.vcf)</translation>
    </message>
    <message>
        <source>Outlook-Kontakte einzeln, gepackt (.zip)</source>
        <translation>Outlook contacts one by one, zipped (.zip)</translation>
    </message>
    <message>
        <source>Name, Organisation, Funktion, E-Mail, Telefon</source>
        <extracomment>the columns of the print-friendly choice, as the checkbox&apos;s tooltip names them</extracomment>
        <translation>Name, organisation, job title, e-mail, phone</translation>
    </message>
    <message>
        <source>Name, Art, Ort, E-Mail, Telefon</source>
        <translation>Name, type, town, e-mail, phone</translation>
    </message>
    <message>
        <source>Hinweis: Excel lässt beim Öffnen einer CSV-Datei die führende Null von Postleitzahlen weg (aus 06108 wird 6108). Für Excel ist die Excel-Arbeitsmappe (.xlsx) die richtige Wahl; CSV ist für Word-Serienbriefe und andere Programme.</source>
        <translation>Note: when opening a CSV file, Excel drops the leading zero of postcodes (06108 becomes 6108). For Excel, the Excel workbook (.xlsx) is the right choice; CSV is for Word mail merges and other programs.</translation>
    </message>
    <message>
        <source>Tabellen und Netzwerkdateien (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.gexf *.graphml);;Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Netzwerkdateien (*.gexf *.graphml);;Alle Dateien (*)</source>
        <translation>Tables and network files (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.gexf *.graphml);;Tables (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Network files (*.gexf *.graphml);;All files (*)</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>aktualisiert</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>übersprungen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Dafür fehlt Ihrer Anmeldung an der Teamdatenbank die Berechtigung (Datensätze löschen).</source>
        <translation>Your team database login lacks the permission for this (deleting records).</translation>
    </message>
    <message>
        <source>Die Datenbank ist schreibgeschützt.</source>
        <translation>The database is write-protected.</translation>
    </message>
    <message>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Beispiele</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>wird zu</source>
        <translation>becomes</translation>
    </message>
    <message>
        <source>Zeile</source>
        <extracomment>the fields a column can feed: contacts, or relations (an edge list)</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>Was passiert / Hinweis</source>
        <translation>What happens / note</translation>
    </message>
    <message>
        <source>alle Zeilen</source>
        <translation>all rows</translation>
    </message>
    <message>
        <source>nur abgelehnte</source>
        <translation>rejected only</translation>
    </message>
    <message>
        <source>nur vorhandene</source>
        <translation>existing only</translation>
    </message>
    <message>
        <source>nur neue</source>
        <translation>new only</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>neue Beziehungsart</source>
        <translation>new relationship type</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Wer fragt</source>
        <translation>Who is asking</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Warum</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Vermittelt</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Letzte 12 Monate</source>
        <extracomment>the status filter&apos;s entry for every inquiry not closed nor cancelled the period filter: label, days back (None: all)</extracomment>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Letzte 3 Monate</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Zeitraum …</source>
        <translation>Period …</translation>
    </message>
    <message>
        <source>Anfrage</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source></source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>angenommen</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>erfolgreich</source>
        <translation>successful</translation>
    </message>
    <message>
        <source>Erfolgsquote</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>bis zur ersten Vermittlung</source>
        <translation>until the first referral</translation>
    </message>
    <message>
        <source>bis zum Ergebnis</source>
        <translation>until the outcome</translation>
    </message>
    <message>
        <source>Ganze Karte</source>
        <extracomment>the closest view: a district seen 12 times larger than in the whole state a press that moves less than this many pixels is a click, not a drag per district (AGS): outline in widget pixels, label box, label text lines the lines of each label as painted: the name (one or two lines), the number zoom about the state&apos;s fitted picture: factor and the offset in pixels</extracomment>
        <translation>Whole map</translation>
    </message>
    <message>
        <source>Ganz Sachsen-Anhalt zeigen (Taste 0)</source>
        <translation>Show all of Saxony-Anhalt (key 0)</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Partners: %1</translation>
    </message>
    <message>
        <source>Aktive Verbünde: %1</source>
        <translation>Active training networks: %1</translation>
    </message>
    <message>
        <source>Veranstaltungen (12 Monate): %1</source>
        <translation>Events (12 months): %1</translation>
    </message>
    <message>
        <source>Anfragen: %1</source>
        <translation>Inquiries: %1</translation>
    </message>
    <message>
        <source>Lücken: %1</source>
        <translation>Gaps: %1</translation>
    </message>
    <message>
        <source>Lücken</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Aktive Verbünde</source>
        <translation>Active training networks</translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>gewichtet</source>
        <translation>weighted</translation>
    </message>
    <message>
        <source>Vermittler</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Nähe</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <source>Eigenvektor</source>
        <translation>Eigenvector</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>mit</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Keine Organisation passt zu diesen Filtern.</source>
        <translation>No organisation matches these filters.</translation>
    </message>
    <message>
        <source>Keine Organisation ausgewählt.</source>
        <translation>No organisation selected.</translation>
    </message>
    <message>
        <source>Gemeinschaft</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Vermittlerrolle (Betweenness)</source>
        <translation>Broker role (betweenness)</translation>
    </message>
    <message>
        <source>gewichtete Verbindungen</source>
        <translation>weighted connections</translation>
    </message>
    <message>
        <source>Kräfte</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>nach Landkreis</source>
        <translation>by district</translation>
    </message>
    <message>
        <source>nach Art</source>
        <translation>by type</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Gemeinschaft (Louvain)</source>
        <translation>Community (Louvain)</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>ab regelmäßig (2)</source>
        <translation>regular and above (2)</translation>
    </message>
    <message>
        <source>nur eng (3)</source>
        <translation>close only (3)</translation>
    </message>
    <message>
        <source>ohne Landkreis</source>
        <translation>no district</translation>
    </message>
    <message>
        <source>ohne Region</source>
        <translation>no region</translation>
    </message>
    <message>
        <source>noch nicht berechnet</source>
        <translation>not calculated yet</translation>
    </message>
    <message>
        <source>ohne Verbindung</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Vermittlerrolle: %1</source>
        <translation>Broker role: %1</translation>
    </message>
    <message>
        <source>Verbindungen: %1</source>
        <translation>Connections: %1</translation>
    </message>
    <message>
        <source>Ansichten</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>HTML-Seite zum Weitergeben (*.html)</source>
        <translation>HTML page to pass on (*.html)</translation>
    </message>
    <message>
        <source>letzter Kontakt</source>
        <translation>last contact</translation>
    </message>
    <message>
        <source>angelegt am</source>
        <translation>created on</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten.</source>
        <translation>An unexpected error occurred in the program.</translation>
    </message>
    <message>
        <source>Das Programm läuft weiter: Offene Fenster und Ihre Eingaben darin bleiben erhalten. Speichern Sie Ihre Eingaben am besten gleich. Bereits gespeicherte Daten sind nicht betroffen.</source>
        <translation>The program keeps running: open windows and what you have entered in them are kept. Best save your entries straight away. Data already saved is not affected.</translation>
    </message>
    <message>
        <source>Die Einzelheiten stehen im Protokoll:
%1
Wenn Sie den Fehler melden, fügen Sie bitte die Angaben unten bei.</source>
        <translation>The details are in the log:
%1
If you report the error, please include the information below.</translation>
    </message>
    <message>
        <source>Einzelheiten zum Fehler</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Protokollordner öffnen</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Die Einzelheiten in die Zwischenablage kopieren</source>
        <translation>Copy the details to the clipboard</translation>
    </message>
    <message>
        <source>Seitdem ist noch ein Fehler aufgetreten; er steht nur im Protokoll.</source>
        <translation>Another error has occurred since; it is only in the log.</translation>
    </message>
    <message>
        <source>Kopiert</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>passend zur Art der Organisation</source>
        <translation>matching the type of organisation</translation>
    </message>
    <message>
        <source>Unternehmen</source>
        <extracomment>the five numbers: (FigureData attribute, label, column width)</extracomment>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Beratungen</source>
        <translation>Advice sessions</translation>
    </message>
    <message>
        <source>Kursteilnehmende</source>
        <translation>Course participants</translation>
    </message>
    <message>
        <source>Kurse entwickelt</source>
        <translation>Courses developed</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Zu den Mitgliedern</source>
        <translation>To the members</translation>
    </message>
    <message>
        <source>Beratung erfassen …</source>
        <translation>Record advice session …</translation>
    </message>
    <message>
        <source>Zu den Veranstaltungen</source>
        <translation>To the events</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Verbindlichkeit</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Unterzeichnet</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Beigetreten</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Ausgetreten</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Förderende</source>
        <translation>Funding ends</translation>
    </message>
    <message>
        <source>Koordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alle fünf Erfolgsfaktoren erfüllt</source>
        <translation>All five success factors met</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>verantwortlich</source>
        <translation>responsible</translation>
    </message>
    <message>
        <source>z. B. Digitalisierung, Energiewende, Demografie</source>
        <translation>e.g. digitalisation, energy transition, demographics</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>(label, icon) of the main window&apos;s areas, in its order (see MainWindow.__init__)</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Teamdatenbank</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>Passwort für die Teamdatenbank
%1:</source>
        <translation>Password for the team database
%1:</translation>
    </message>
    <message>
        <source>Datenbank nicht verfügbar</source>
        <extracomment>imported on a worker thread while the light window paints (no widget is made there)</extracomment>
        <translation>Database not available</translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <extracomment>audit tables whose records the start page can open, and the kind of target</extracomment>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Es fehlt: %1</source>
        <translation>Missing: %1</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Access report under Art. 15 GDPR</translation>
    </message>
    <message>
        <source>Die Auskunft enthält alles, was über die Person gespeichert ist – mit Zwecken, Herkunft und Empfängern – und ein Anschreiben. Ist die Person nicht gespeichert, den Namen einfach eintippen: Dann entsteht das Schreiben „keine Daten gespeichert“.</source>
        <translation>The access report contains everything stored about the person – with purposes, origin and recipients – and a covering letter. If the person is not stored, simply type the name: the letter “no data stored” is then created.</translation>
    </message>
    <message>
        <source>Name, E-Mail-Adresse oder Nummer …</source>
        <translation>Name, e-mail address or number …</translation>
    </message>
    <message>
        <source>PDF-Dokument (zum Übergeben)</source>
        <translation>PDF document (to hand over)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Auskunft speichern …</source>
        <translation>Save access report …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>„%1“ ist kein vollständiger Name einer gespeicherten Person, passt aber zu diesen Einträgen. Bitte die Person aus der Liste wählen oder den vollständigen Namen eingeben:</source>
        <translation>“%1” is not the full name of a stored person, but matches these entries. Please choose the person from the list or enter the full name:</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Kontakte und Beratungen</source>
        <translation>Contacts and advice sessions</translation>
    </message>
    <message>
        <source>Kontakt erfassen …</source>
        <translation>Record contact …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 Einträge, davon %2 Beratungen</source>
        <translation>%1 entries, of which %2 advice sessions</translation>
    </message>
    <message>
        <source>Eintrag löschen</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Den Eintrag vom %1 (%2) löschen?</source>
        <translation>Delete the entry of %1 (%2)?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Kontakt bearbeiten</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Kontakt erfassen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <source>Bei Veranstaltungen: wie viele teilnahmen</source>
        <translation>For events: how many took part</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Wann wieder an diesen Kontakt gedacht werden soll</source>
        <translation>When this contact should be followed up again</translation>
    </message>
    <message>
        <source>wer sich darum kümmert</source>
        <translation>who takes care of it</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>heute erledigt</source>
        <translation>done today</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Verbund:</source>
        <translation>Training network:</translation>
    </message>
    <message>
        <source>(kein Verbund)</source>
        <translation>(no training network)</translation>
    </message>
    <message>
        <source>&amp;Verbund:</source>
        <translation>Training &amp;network:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Teilnehmende:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage am:</source>
        <translation>&amp;Follow-up on:</translation>
    </message>
    <message>
        <source>&amp;Zuständig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Erledigt am:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>in einer Woche</source>
        <translation>in one week</translation>
    </message>
    <message>
        <source>in %1 Wochen</source>
        <translation>in %1 weeks</translation>
    </message>
    <message>
        <source>in %1 Tagen</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>: Bitte aus der Liste wählen.</source>
        <translation>: Please choose from the list.</translation>
    </message>
</context>
<context>
    <name>AddToVerbundDialog</name>
    <message>
        <source>Zu Verbund hinzufügen</source>
        <translation>Add to training network</translation>
    </message>
    <message>
        <source>%1 Organisation(en) als Mitglied aufnehmen.</source>
        <translation>Add %1 organisation(s) as members.</translation>
    </message>
    <message>
        <source>&amp;Verbund:</source>
        <translation>Training &amp;network:</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Beigetreten:</source>
        <translation>&amp;Joined:</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Es gibt noch keinen Verbund.</source>
        <translation>There is no training network yet.</translation>
    </message>
</context>
<context>
    <name>AddToVerteilerDialog</name>
    <message>
        <source>Zu Verteiler hinzufügen</source>
        <translation>Add to distribution list</translation>
    </message>
    <message>
        <source>&amp;Vorhandener Verteiler:</source>
        <translation>&amp;Existing distribution list:</translation>
    </message>
    <message>
        <source>&amp;Neuer Verteiler:</source>
        <translation>&amp;New distribution list:</translation>
    </message>
    <message>
        <source>z. B. Einladung Fachtag Energie</source>
        <translation>e.g. invitation energy conference</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%n markierte Person(en) hinzufügen zu:</source>
        <translation>Add %n selected person(s) to:</translation>
    </message>
</context>
<context>
    <name>AffiliationDialog</name>
    <message>
        <source>Zuordnung bearbeiten</source>
        <translation>Edit assignment</translation>
    </message>
    <message>
        <source>Person zuordnen</source>
        <translation>Assign person</translation>
    </message>
    <message>
        <source>Hauptzuordnung (erscheint in Listen und Anschriften)</source>
        <translation>Main assignment (shown in lists and addresses)</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>&amp;Abteilung:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>AgencySettingsPage</name>
    <message>
        <source>Organisation suchen …</source>
        <extracomment>the letterhead&apos;s fields in form order (the service&apos;s field names)</extracomment>
        <translation>Search organisation …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>z. B. info@wba-beispiel.de</source>
        <translation>e.g. info@wba-beispiel.de</translation>
    </message>
    <message>
        <source>Adresse aus dem Verzeichnis übernehmen</source>
        <translation>Take address from the directory</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Die Organisation Ihrer Weiterbildungsagentur im Verzeichnis (für die Ansprechpersonen der Lotsenstelle und das Netzwerk).</source>
        <translation>Your continuing-education agency&apos;s organisation in the directory (for the guidance desk&apos;s contacts and the network).</translation>
    </message>
    <message>
        <source>Name auf Briefen:</source>
        <translation>Name on letters:</translation>
    </message>
    <message>
        <source>Straße und Nr.:</source>
        <translation>Street and no.:</translation>
    </message>
    <message>
        <source>PLZ und Ort:</source>
        <translation>Postcode and town:</translation>
    </message>
    <message>
        <source>E-Mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Name und Adresse erscheinen als Absender auf Auskunftsschreiben (Art. 15 DSGVO), unter E-Mails an Partner und als Organisator in Kalenderdateien. Gilt für alle, die mit dieser Datenbank arbeiten.</source>
        <translation>Name and address appear as the sender on access-request letters (Art. 15 GDPR), below e-mails to partners and as the organiser in calendar files. Applies to everyone working with this database.</translation>
    </message>
    <message>
        <source>Organisation: Bitte eine Organisation aus der Liste wählen.</source>
        <translation>Organisation: Please choose an organisation from the list.</translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Als Excel speichern …</source>
        <translation>Save as Excel …</translation>
    </message>
    <message>
        <source>nach Landkreis</source>
        <translation>by district</translation>
    </message>
    <message>
        <source>nach WBA-Region</source>
        <translation>by WBA region</translation>
    </message>
    <message>
        <source>Doppelklick: diesen Landkreis im Netz zeigen</source>
        <translation>Double-click: show this district in the network</translation>
    </message>
    <message>
        <source>Welche Multiplikatoren fehlen oder sind nicht vernetzt?</source>
        <translation>Which multipliers are missing or not connected?</translation>
    </message>
    <message>
        <source>Vorgestellt: Beziehung eintragen …</source>
        <translation>Introduced: record relationship …</translation>
    </message>
    <message>
        <source>Wen sollte man miteinander bekannt machen?</source>
        <translation>Who should be introduced to each other?</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Lücken</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Vorschläge</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Kennzahlen werden berechnet …</source>
        <translation>Calculating key figures …</translation>
    </message>
    <message>
        <source>%1 Teilnetze, das größte mit %2 Organisationen.</source>
        <translation>%1 sub-networks, the largest with %2 organisations.</translation>
    </message>
    <message>
        <source>Ohne Verbindung: %1 · schwach verbunden: %2</source>
        <translation>Without connection: %1 · weakly connected: %2</translation>
    </message>
    <message>
        <source>Dichte: %1 · Modularität der Gruppen: %2</source>
        <translation>Density: %1 · modularity of the groups: %2</translation>
    </message>
    <message>
        <source>Beziehung eintragen</source>
        <translation>Record relationship</translation>
    </message>
    <message>
        <source>Haben sich „%1“ und „%2“ kennengelernt? Dann wird eine Netzwerkpartnerschaft ab heute eingetragen.</source>
        <translation>Have “%1” and “%2” got to know each other? Then a network partnership is recorded from today.</translation>
    </message>
    <message>
        <source>Eintragen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kennzahlen speichern</source>
        <translation>Save key figures</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Antwort des Partners</source>
        <translation>Partner&apos;s response</translation>
    </message>
    <message>
        <source>Vermittlung an %1 vom %2</source>
        <translation>Referral to %1 of %2</translation>
    </message>
    <message>
        <source>bei Ablehnung: warum?</source>
        <translation>if declined: why?</translation>
    </message>
    <message>
        <source>&amp;Antwort:</source>
        <translation>&amp;Response:</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>A&amp;m:</source>
        <translation>O&amp;n:</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Teilnehmende zuordnen</source>
        <translation>Assign participants</translation>
    </message>
    <message>
        <source>Name oder Organisation filtern …</source>
        <translation>Filter name or organisation …</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Schon eingeteilt in</source>
        <translation>Already assigned to</translation>
    </message>
    <message>
        <source>Angehakt wechselt die Person hierher.</source>
        <translation>Ticked moves the person here.</translation>
    </message>
    <message>
        <source>Noch hat niemand zugesagt.</source>
        <translation>Nobody has accepted yet.</translation>
    </message>
    <message>
        <source>%1 Personen eingeteilt</source>
        <translation>%1 people assigned</translation>
    </message>
    <message>
        <source>%1 von %2 Plätzen belegt</source>
        <translation>%1 of %2 places taken</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Anwesenheit: %1</source>
        <translation>Attendance: %1</translation>
    </message>
    <message>
        <source>Wer da war, bekommt ein Häkchen; wer zugesagt hat und fehlt, wird als „nicht erschienen“ vermerkt.</source>
        <translation>Tick everyone who was there; anyone who accepted and is missing is recorded as “nicht erschienen” (no-show).</translation>
    </message>
    <message>
        <source>Name oder Organisation suchen …</source>
        <translation>Search name or organisation …</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Alle angezeigten Personen als anwesend markieren</source>
        <translation>Mark all people shown as present</translation>
    </message>
    <message>
        <source>Bei allen angezeigten Personen das Häkchen entfernen</source>
        <translation>Remove the tick from all people shown</translation>
    </message>
    <message>
        <source>Anwesenheit speichern</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hinweis: Die Veranstaltung hat noch nicht begonnen (%1).</source>
        <translation>Note: the event has not started yet (%1).</translation>
    </message>
    <message>
        <source>Noch niemand hat zugesagt.</source>
        <translation>Nobody has accepted yet.</translation>
    </message>
    <message>
        <source>%1 von %2 anwesend</source>
        <translation>%1 of %2 present</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Änderungsprotokoll</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Name, Wert …</source>
        <translation>Name, value …</translation>
    </message>
    <message>
        <source>&amp;Wer:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>E&amp;xportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>%1 Einträge</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>Änderungsprotokoll exportieren</source>
        <translation>Export change log</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Änderungen werden nach dem ersten Speichern aufgezeichnet.</source>
        <translation>Changes are recorded after the first save.</translation>
    </message>
    <message>
        <source>Das Änderungsprotokoll dürfen auf der Teamdatenbank nur Anmeldungen mit der Rolle „Datenschutz“ lesen.</source>
        <translation>On the team database, only logins with the role “Datenschutz” may read the change log.</translation>
    </message>
    <message>
        <source>%1 Einträge im Änderungsprotokoll. Einträge werden nach der eingestellten Aufbewahrungsfrist gelöscht.</source>
        <translation>%1 entries in the change log. Entries are deleted after the retention period set.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <source>Jeden Tag beim ersten Start eine Sicherung anlegen</source>
        <translation>Make a backup at the first start of each day</translation>
    </message>
    <message>
        <source> Sicherungen</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Aufbewahren, höchstens:</source>
        <translation>Keep at most:</translation>
    </message>
    <message>
        <source>Älter als … löschen:</source>
        <translation>Delete older than …:</translation>
    </message>
    <message>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Letzte Sicherung:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Zusätzlich wird vor jedem Update, jedem Import und jeder Wiederherstellung gesichert. Sicherungen gelten für die eigene Datenbankdatei; die Teamdatenbank sichert der Server.</source>
        <translation>A backup is also made before every update, import and restore. Backups cover your own database file; the team database is backed up by the server.</translation>
    </message>
    <message>
        <source>– (die Teamdatenbank sichert der Server)</source>
        <translation>– (the team database is backed up by the server)</translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>BoardSeatDialog</name>
    <message>
        <source>Beiratssitz bearbeiten</source>
        <translation>Edit board seat</translation>
    </message>
    <message>
        <source>Person in den Beirat</source>
        <translation>Add person to the board</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>&amp;Seit:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Beirat</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Person hinzufügen …</source>
        <translation>Add person …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Person öffnen</source>
        <translation>Open person</translation>
    </message>
    <message>
        <source>Noch kein Beirat eingetragen.</source>
        <translation>No board entered yet.</translation>
    </message>
    <message>
        <source>%1 Personen im Beirat</source>
        <translation>%1 people on the board</translation>
    </message>
    <message>
        <source> · Vorsitz: %1</source>
        <translation> · Chair: %1</translation>
    </message>
    <message>
        <source>Aus dem Beirat entfernen</source>
        <translation>Remove from the board</translation>
    </message>
    <message>
        <source>%1 aus dem Beirat entfernen? Wer ausgeschieden ist, bekommt besser ein Datum unter „Bis“, damit die Geschichte erhalten bleibt.</source>
        <translation>Remove %1 from the board? For someone who has left, better enter a date under “To” so the history is kept.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Doppelklick oder Eingabetaste: die Organisationen öffnen</source>
        <translation>Double-click or Enter: open the organisations</translation>
    </message>
    <message>
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>weitere Arten</source>
        <translation>other kinds</translation>
    </message>
    <message>
        <source>ohne Landkreis</source>
        <translation>no district</translation>
    </message>
    <message>
        <source>Noch keine Partner erfasst.</source>
        <translation>No partners recorded yet.</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDialog</name>
    <message>
        <source>Aufgabe bearbeiten</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Neue Aufgabe</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>z. B. Namensschilder drucken</source>
        <translation>e.g. print name badges</translation>
    </message>
    <message>
        <source>Fällig %1 – das Datum wandert mit dem Termin der Veranstaltung. Ein hier geändertes Datum bleibt fest.</source>
        <translation>Due %1 – the date moves with the date of the event. A date changed here stays fixed.</translation>
    </message>
    <message>
        <source>&amp;Aufgabe: *</source>
        <translation>&amp;Task: *</translation>
    </message>
    <message>
        <source>&amp;Fällig am:</source>
        <translation>&amp;Due on:</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>überfällig seit %1</source>
        <translation>overdue since %1</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Aufgabe hinzufügen …</source>
        <translation>Add task …</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 offen, davon %2 überfällig</source>
        <translation>%1 open, of which %2 overdue</translation>
    </message>
    <message>
        <source>Aufgabe löschen</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>„%1“ von der Checkliste löschen?</source>
        <translation>Delete “%1” from the checklist?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Inzwischen geändert</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <source>„%1“ wurde inzwischen %2 geändert.</source>
        <translation>“%1” has been changed %2 in the meantime.</translation>
    </message>
    <message>
        <source>an anderer Stelle</source>
        <translation>elsewhere</translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch nicht gespeichert. Wählen Sie je Feld, welcher Wert gelten soll (ein Klick auf den Wert). Felder, die nur Sie geändert haben, werden so gespeichert, wie Sie sie eingegeben haben.</source>
        <translation>Your entries have not been saved yet. For each field, choose which value should apply (click the value). Fields only you have changed are saved as you entered them.</translation>
    </message>
    <message>
        <source>Die gespeicherte Fassung unterscheidet sich nur in Angaben, die dieses Formular nicht zeigt. Ihre Eingaben sind noch nicht gespeichert.</source>
        <translation>The saved version differs only in details this form does not show. Your entries have not been saved yet.</translation>
    </message>
    <message>
        <source>Meine übernehmen</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Alle Felder so speichern, wie Sie sie eingegeben haben</source>
        <translation>Save all fields as you entered them</translation>
    </message>
    <message>
        <source>Gespeicherte übernehmen</source>
        <translation>Take the saved version</translation>
    </message>
    <message>
        <source>Ihre Eingaben verwerfen und die gespeicherte Fassung anzeigen</source>
        <translation>Discard your entries and show the saved version</translation>
    </message>
    <message>
        <source>Auswahl speichern</source>
        <translation>Save selection</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Zurück zum Formular; nichts wird gespeichert</source>
        <translation>Back to the form; nothing is saved</translation>
    </message>
    <message>
        <source>Jetzt gespeichert</source>
        <translation>Saved now</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Meine Eingabe</source>
        <translation>My entry</translation>
    </message>
    <message>
        <source>Ursprünglich</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>(auch von Ihnen geändert)</source>
        <translation>(also changed by you)</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Widerruf erfassen</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>%n Personen</source>
        <translation>%n people</translation>
    </message>
    <message>
        <source>Für:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>unbefristet</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>z. B. Anmeldebogen Netzwerktreffen 2025</source>
        <translation>e.g. registration form network meeting 2025</translation>
    </message>
    <message>
        <source>z. B. Fassung 2025-01</source>
        <translation>e.g. version 2025-01</translation>
    </message>
    <message>
        <source>&amp;Zweck: *</source>
        <translation>&amp;Purpose: *</translation>
    </message>
    <message>
        <source>&amp;Status: *</source>
        <translation>&amp;Status: *</translation>
    </message>
    <message>
        <source>&amp;Datum: *</source>
        <translation>&amp;Date: *</translation>
    </message>
    <message>
        <source>Gültig &amp;bis:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Quelle:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Fassung des Textes:</source>
        <translation>&amp;Version of the text:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Für alle erfassen</source>
        <translation>Record for all</translation>
    </message>
</context>
<context>
    <name>CoverageField</name>
    <message>
        <source>ganz Sachsen-Anhalt</source>
        <translation>all of Saxony-Anhalt</translation>
    </message>
    <message>
        <source>Alle 14 Landkreise und kreisfreien Städte</source>
        <translation>All 14 districts</translation>
    </message>
    <message>
        <source>nur am Sitz (keine weiteren Landkreise)</source>
        <translation>only at the head office (no further districts)</translation>
    </message>
    <message numerus="yes">
        <source>alle %n Landkreise</source>
        <translation>
            <numerusform>all %n districts</numerusform>
            <numerusform>all %n districts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Landkreis(e) gewählt</source>
        <translation>
            <numerusform>%n district selected</numerusform>
            <numerusform>%n districts selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Art:</source>
        <extracomment>the districts each organisation serves beyond its seat („Zuständigkeit“)</extracomment>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Landkreis:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Zuständig für:</source>
        <translation>Responsible for:</translation>
    </message>
    <message>
        <source>Verbindungen:</source>
        <translation>Connections:</translation>
    </message>
    <message>
        <source>Vermittlerrolle:</source>
        <translation>Broker role:</translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation>Open organisation</translation>
    </message>
    <message>
        <source>Umfeld zeigen</source>
        <translation>Show surroundings</translation>
    </message>
    <message>
        <source>Zu Verbund hinzufügen …</source>
        <translation>Add to training network …</translation>
    </message>
    <message>
        <source>Als Mitglied in einen Verbund aufnehmen</source>
        <translation>Add as a member to a training network</translation>
    </message>
    <message>
        <source>Klicken Sie eine Organisation im Netz an.</source>
        <translation>Click an organisation in the network.</translation>
    </message>
    <message>
        <source>Verbunden mit:</source>
        <translation>Connected with:</translation>
    </message>
    <message>
        <source>ganz Sachsen-Anhalt</source>
        <translation>all of Saxony-Anhalt</translation>
    </message>
</context>
<context>
    <name>DirectoryListView</name>
    <message>
        <source>Suchen (Strg+F) …</source>
        <extracomment>change topics that make the list refresh (see MainWindow._on_changes)</extracomment>
        <translation>Search (Ctrl+F) …</translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Alle Filter zurücksetzen</source>
        <translation>Reset all filters</translation>
    </message>
    <message>
        <source>Alle Landkreise</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Alle WBA-Regionen</source>
        <translation>All WBA regions</translation>
    </message>
    <message>
        <source>Alle Schlagwörter</source>
        <translation>All keywords</translation>
    </message>
    <message>
        <source> (gefiltert)</source>
        <translation> (filtered)</translation>
    </message>
    <message>
        <source>Keine Treffer für diese Filter.</source>
        <translation>No matches for these filters.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Mit Strg+N legen Sie den ersten an.</source>
        <translation>No entries yet. Press Ctrl+N to create the first one.</translation>
    </message>
    <message>
        <source>Spalten</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>DistrictPanel</name>
    <message>
        <source>Landkreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Auf einen Landkreis klicken, um ihn hier zu sehen.</source>
        <translation>Click a district to see it here.</translation>
    </message>
    <message>
        <source>Doppelklick öffnet die Organisation</source>
        <translation>Double-click opens the organisation</translation>
    </message>
    <message>
        <source>Doppelklick öffnet den Verbund</source>
        <translation>Double-click opens the training network</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Lücken</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Verbünde</source>
        <translation>Training networks</translation>
    </message>
    <message>
        <source>Bänder zu anderen Kreisen</source>
        <translation>Bands to other districts</translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>WBA-Region %1 · %2 Partner · %3 · %4 in den letzten 12 Monaten</source>
        <translation>WBA region %1 · %2 partners · %3 · %4 in the last 12 months</translation>
    </message>
    <message>
        <source> – inaktiv</source>
        <translation> – inactive</translation>
    </message>
    <message>
        <source>Keine Lücke: jede Art von Multiplikator ist vernetzt.</source>
        <translation>No gap: every type of multiplier is connected.</translation>
    </message>
    <message>
        <source>Kein Verbund nennt diesen Landkreis.</source>
        <translation>No training network names this district.</translation>
    </message>
    <message>
        <source>%1: %2 Beziehungen</source>
        <translation>%1: %2 relationships</translation>
    </message>
    <message>
        <source>zusammen: %1 (letzte 12 Monate)</source>
        <translation>together: %1 (last 12 months)</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Mögliche Duplikate</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Datensätze, die vermutlich dasselbe meinen: gleicher Name und Ort, gleiche E-Mail-Adresse oder ein ähnlicher Name im selben Landkreis. Ein Paar wählen und „Zusammenführen …“ – oder „Kein Duplikat“, dann erscheint es nicht wieder.</source>
        <translation>Records that probably mean the same: same name and town, same e-mail address or a similar name in the same district. Choose a pair and “Merge …” – or “Not a duplicate”, then it will not appear again.</translation>
    </message>
    <message>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Suche nach möglichen Duplikaten …</source>
        <translation>Searching for possible duplicates …</translation>
    </message>
    <message>
        <source>Keine möglichen Duplikate gefunden.</source>
        <translation>No possible duplicates found.</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>Einladungslisten nehmen nur noch Personen mit Einwilligung auf.</source>
        <translation>Invitation lists now only take people with consent.</translation>
    </message>
    <message>
        <source>Einladungslisten: Einwilligung nur nötig, wo sie widerrufen wurde.</source>
        <translation>Invitation lists: consent only needed where it was withdrawn.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Veranstaltung</source>
        <extracomment>line edits named like the EventData field they fill</extracomment>
        <translation>Event</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Beteiligte</source>
        <translation>Involved</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>z. B. Weiterbildungskongress Ost</source>
        <translation>e.g. continuing-education congress East</translation>
    </message>
    <message>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>0 = unbegrenzt</source>
        <translation>0 = unlimited</translation>
    </message>
    <message>
        <source>Zusagen darüber hinaus kommen auf die Warteliste.</source>
        <translation>Acceptances beyond this go on the waiting list.</translation>
    </message>
    <message>
        <source>&amp;Titel: *</source>
        <translation>&amp;Title: *</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Beginn: *</source>
        <translation>&amp;Start: *</translation>
    </message>
    <message>
        <source>&amp;Ende: *</source>
        <translation>&amp;End: *</translation>
    </message>
    <message>
        <source>&amp;Plätze:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <source>z. B. Tagungszentrum, Raum 2.14</source>
        <translation>e.g. conference centre, room 2.14</translation>
    </message>
    <message>
        <source>– kein Landkreis –</source>
        <translation>– no district –</translation>
    </message>
    <message>
        <source>Link zum Stream oder zur Videokonferenz</source>
        <translation>Link to the stream or video conference</translation>
    </message>
    <message>
        <source>&amp;Veranstaltungsort:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>&amp;Straße:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>PL&amp;Z / Ort:</source>
        <translation>Post&amp;code / town:</translation>
    </message>
    <message>
        <source>&amp;Landkreis:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Online-Link:</source>
        <translation>&amp;Online link:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Veranstaltende Organisationen</source>
        <translation>Organising organisations</translation>
    </message>
    <message>
        <source>Organisation suchen und hinzufügen …</source>
        <translation>Search and add organisation …</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Zugehörige Weiterbildungsverbünde</source>
        <translation>Associated training networks</translation>
    </message>
    <message>
        <source>Es sind noch keine Verbünde angelegt.</source>
        <translation>No training networks have been created yet.</translation>
    </message>
    <message>
        <source>Worum geht es? Zielgruppe, Ablauf, Hinweise für die Einladung</source>
        <translation>What is it about? Target group, schedule, notes for the invitation</translation>
    </message>
    <message>
        <source>Ende liegt vor dem Beginn</source>
        <translation>End is before the start</translation>
    </message>
    <message>
        <source>%1 Tage</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Dauer %1 h</source>
        <translation>Duration %1 h</translation>
    </message>
    <message>
        <source>hybrid (vor Ort und online)</source>
        <translation>hybrid (on site and online)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>vor Ort</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>noch offen (Ort oder Online-Link eintragen)</source>
        <translation>still open (enter venue or online link)</translation>
    </message>
    <message>
        <source>WBA-Region %1</source>
        <translation>WBA region %1</translation>
    </message>
    <message>
        <source>Neue Veranstaltung</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Pflichtfelder: Titel, Beginn und Ende. Alles andere geht auch später.</source>
        <translation>Required fields: title, start and end. Everything else can be done later.</translation>
    </message>
    <message>
        <source>„%1“ ist trotzdem gespeichert. Passt der Termin?</source>
        <translation>“%1” has been saved anyway. Does the date suit?</translation>
    </message>
    <message>
        <source>Termin am selben Tag</source>
        <translation>Event on the same day</translation>
    </message>
</context>
<context>
    <name>EventMailDialog</name>
    <message>
        <source>Einladung an Vorgemerkte</source>
        <translation>Invitation to the shortlisted</translation>
    </message>
    <message>
        <source>Erinnerung an Zugesagte</source>
        <translation>Reminder to those who accepted</translation>
    </message>
    <message>
        <source>E-Mail an Auswahl</source>
        <translation>E-mail to selection</translation>
    </message>
    <message>
        <source>Text in die E-Mail übernehmen</source>
        <translation>Put text into the e-mail</translation>
    </message>
    <message>
        <source>Text kopieren</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>&amp;Trennzeichen:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Adressen kopieren</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nicht per E-Mail erreichbar (%n):</source>
        <translation>Not reachable by e-mail (%n):</translation>
    </message>
    <message>
        <source>Der Text ist zu lang für E-Mail-Links: Die E-Mails öffnen ohne Text. Bitte „Text kopieren“ und in die E-Mail einfügen.</source>
        <translation>The text is too long for e-mail links: the e-mails open without text. Please use “Copy text” and paste it into the e-mail.</translation>
    </message>
    <message>
        <source>Niemand in dieser Auswahl ist per E-Mail erreichbar.</source>
        <translation>Nobody in this selection can be reached by e-mail.</translation>
    </message>
    <message>
        <source>E-Mail-Programm (Blindkopie)</source>
        <translation>E-mail program (blind copy)</translation>
    </message>
    <message>
        <source>Zwischenablage (Adressen kopiert)</source>
        <translation>Clipboard (addresses copied)</translation>
    </message>
    <message>
        <source>%n Adressen in der Zwischenablage.</source>
        <translation>%n addresses on the clipboard.</translation>
    </message>
    <message>
        <source>Text in der Zwischenablage.</source>
        <translation>Text on the clipboard.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Veranstaltung, Ort oder Verbund suchen …</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes)</extracomment>
        <translation>Search event, venue or training network …</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Neue Veranstaltung …</source>
        <translation>New event …</translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>WBA-Region:</source>
        <translation>WBA region:</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Einladungen</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Nachbereitung</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>%1 Veranstaltungen</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Keine Veranstaltung gewählt. Planen Sie mit „Neue Veranstaltung“ eine.</source>
        <translation>No event chosen. Plan one with “New event”.</translation>
    </message>
    <message>
        <source>Veranstaltung löschen</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>löschen</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>„%1“ mit Programm, Einladungsliste und Checkliste löschen? Die Teilnahmen verschwinden dann auch aus der Kontakthistorie und den Kennzahlen der Verbünde. Eine Veranstaltung, die nicht stattfindet, setzen Sie besser auf „abgesagt“.</source>
        <translation>Delete “%1” with its programme, invitation list and checklist? The attendances then also disappear from the contact history and the training networks&apos; key figures. An event that does not take place is better set to “abgesagt” (cancelled).</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>iCalendar-Datei (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>%n markierte Personen</source>
        <translation>%n selected people</translation>
    </message>
    <message>
        <source>%n neu im Verteiler.</source>
        <translation>%n new in the distribution list.</translation>
    </message>
    <message>
        <source>%n im Verteiler „%1“</source>
        <translation>%n in the distribution list “%1”</translation>
    </message>
    <message>
        <source>Niemand ausgewählt.</source>
        <translation>Nobody selected.</translation>
    </message>
    <message>
        <source>Einwilligung erfasst.</source>
        <translation>Consent recorded.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exportieren: %1</source>
        <translation>Export: %1</translation>
    </message>
    <message>
        <source>Serienbrief-Spalten: Anrede, Briefanrede, Anschrift nach DIN 5008</source>
        <translation>Mail merge columns: salutation, letter salutation, address to DIN 5008</translation>
    </message>
    <message>
        <source>Für den Druck: nur die wichtigsten Spalten</source>
        <translation>For printing: only the most important columns</translation>
    </message>
    <message>
        <source>Nur %1 – so bleibt die Schrift auf A4 quer gut lesbar.</source>
        <translation>Only %1 – so the print stays legible on A4 landscape.</translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>%n %1 werden exportiert, wie die Liste sie zeigt (Filter, Sortierung, sichtbare Spalten).</source>
        <translation>%n %1 are exported as the list shows them (filter, sorting, visible columns).</translation>
    </message>
    <message>
        <source>Exportieren nach</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Bitte eine Zieldatei angeben.</source>
        <translation>Please give a target file.</translation>
    </message>
    <message>
        <source>Den Ordner „%1“ gibt es nicht.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>Export läuft …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <source>Gespeichert: %1 (%n Zeilen).</source>
        <translation>Saved: %1 (%n rows).</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>FactorCard</name>
    <message>
        <source>So wird es erfüllt:</source>
        <translation>How to meet it:</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Kennzahlen bearbeiten</source>
        <translation>Edit key figures</translation>
    </message>
    <message>
        <source>Kennzahlen erfassen</source>
        <translation>Record key figures</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Leer lassen, was nicht bekannt ist.</source>
        <translation>Leave empty what is not known.</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>Kennzahlen</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Kennzahlen erfassen …</source>
        <translation>Record key figures …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Beratungen für den Verbund oder mit seinen Mitgliedern, die Unternehmen (und KMU) darunter, Teilnehmende an Veranstaltungen des Verbunds. Entwickelte Kurse lassen sich nicht zählen.</source>
        <translation>Advice sessions for the training network or with its members, the companies (and SMEs) among them, participants in the network&apos;s events. Courses developed cannot be counted.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aus der Kontakthistorie gezählt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Counted from the contact history&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Als Kennzahlen übernehmen …</source>
        <translation>Take over as key figures …</translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Kennzahlen löschen</source>
        <translation>Delete key figures</translation>
    </message>
    <message>
        <source>Die Kennzahlen für %1 – %2 löschen?</source>
        <translation>Delete the key figures for %1 – %2?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Datei wählen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Excel-, LibreOffice- oder CSV-Datei mit Organisationen und/oder Personen, eine Beziehungsliste oder ein Netz aus Gephi (GEXF, GraphML).</source>
        <translation>Excel, LibreOffice or CSV file with organisations and/or people, a relationship list or a network from Gephi (GEXF, GraphML).</translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>optional: gespeicherte Zuordnung (.json)</source>
        <translation>optional: saved mapping (.json)</translation>
    </message>
    <message>
        <source>Vorlage herunterladen …</source>
        <translation>Download template …</translation>
    </message>
    <message>
        <source>Eine Excel-Datei mit den erwarteten Spalten, einer Beispielzeile und Erläuterungen speichern, zum Ausfüllen und Importieren</source>
        <translation>Save an Excel file with the expected columns, an example row and explanations, to fill in and import</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Welche Vorlage gespeichert wird</source>
        <translation>Which template is saved</translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Tabellenblatt:</source>
        <translation>&amp;Worksheet:</translation>
    </message>
    <message>
        <source>&amp;Zuordnung:</source>
        <translation>&amp;Mapping:</translation>
    </message>
    <message>
        <source>Datei importieren</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>Vorlage speichern</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Importvorlage Beziehungen.xlsx</source>
        <translation>Import template relationships.xlsx</translation>
    </message>
    <message>
        <source>Importvorlage.xlsx</source>
        <translation>Import template.xlsx</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Vorlage gespeichert: %1 – ausfüllen, speichern und hier wählen.</source>
        <translation>Template saved: %1 – fill it in, save it and choose it here.</translation>
    </message>
    <message>
        <source>(Netzwerkdatei: ein Netz)</source>
        <translation>(network file: one network)</translation>
    </message>
    <message>
        <source>Bitte eine Datei wählen.</source>
        <translation>Please choose a file.</translation>
    </message>
    <message>
        <source>Das Tabellenblatt ist leer.</source>
        <translation>The worksheet is empty.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Darstellung</source>
        <extracomment>check boxes and combo boxes of the panel&apos;s state (``state_dict``); &quot;grouping&quot; once the panel has such a combo box</extracomment>
        <translation>Display</translation>
    </message>
    <message>
        <source>Organisationen zu Blasen zusammenfassen; Doppelklick oder Hineinzoomen öffnet eine Gruppe</source>
        <translation>Combine organisations into bubbles; double-click or zooming in opens a group</translation>
    </message>
    <message>
        <source>Neu anordnen</source>
        <translation>Rearrange</translation>
    </message>
    <message>
        <source>Farbe nach:</source>
        <translation>Colour by:</translation>
    </message>
    <message>
        <source>Größe nach:</source>
        <translation>Size by:</translation>
    </message>
    <message>
        <source>Gruppieren nach:</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <source>Anordnung:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Blick auf eine Organisation</source>
        <translation>Focus on one organisation</translation>
    </message>
    <message>
        <source>Name … (leer: ganzes Netz)</source>
        <translation>Name … (empty: whole network)</translation>
    </message>
    <message>
        <source>Umfeld: </source>
        <translation>Surroundings: </translation>
    </message>
    <message>
        <source> Schritt(e)</source>
        <translation> step(s)</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>An einem Stichtag zeigen</source>
        <translation>Show as of a date</translation>
    </message>
    <message>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Arten</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>WBA-Regionen</source>
        <translation>WBA regions</translation>
    </message>
    <message>
        <source>Schlagwörter</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Beziehungsarten</source>
        <translation>Relationship types</translation>
    </message>
    <message>
        <source>Filter (nichts angehakt: alle)</source>
        <translation>Filter (nothing ticked: all)</translation>
    </message>
    <message>
        <source>auch inaktive Organisationen</source>
        <translation>also inactive organisations</translation>
    </message>
    <message>
        <source>Personen einblenden</source>
        <translation>Show people</translation>
    </message>
    <message>
        <source>Die Personen der gezeigten Organisationen; nur für eine kleine Auswahl</source>
        <translation>The people of the organisations shown; only for a small selection</translation>
    </message>
    <message>
        <source>gemeinsame Verbünde verbinden</source>
        <translation>connect shared training networks</translation>
    </message>
    <message>
        <source>Organisationen, die im selben Weiterbildungsverbund sind, verbinden</source>
        <translation>Connect organisations that are in the same training network</translation>
    </message>
    <message>
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Unsere Agentur mit den Partnern verbinden, an die sie Anfragen vermittelt hat; je mehr Vermittlungen, desto stärker (bis zum gewählten Tag)</source>
        <translation>Connect our agency with the partners it has referred inquiries to; the more referrals, the stronger (up to the chosen day)</translation>
    </message>
    <message>
        <source>Stärke:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Filter zurücksetzen</source>
        <translation>Reset filters</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Keine Veranstaltung gewählt.</source>
        <translation>No event chosen.</translation>
    </message>
    <message>
        <source>Nachbericht (Excel) …</source>
        <translation>Follow-up report (Excel) …</translation>
    </message>
    <message>
        <source>Diagramm als PNG …</source>
        <translation>Chart as PNG …</translation>
    </message>
    <message>
        <source>Anteil der Zugesagten, die teilgenommen haben</source>
        <translation>Share of those who accepted who attended</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Nach Art der Organisation</source>
        <translation>By type of organisation</translation>
    </message>
    <message>
        <source>Nach Landkreis</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 Personen auf der Liste (davon %4 nur vorgemerkt)</source>
        <translation>%1 · %2 · %3 people on the list (of which %4 only shortlisted)</translation>
    </message>
    <message>
        <source>Nachbericht speichern</source>
        <translation>Save follow-up report</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Diagramm speichern</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>nur meine</source>
        <translation>mine only</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Keine Wiedervorlagen für diese Auswahl.</source>
        <translation>No follow-ups for this selection.</translation>
    </message>
    <message>
        <source>Kontakt öffnen …</source>
        <translation>Open contact …</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Die gewählten Wiedervorlagen als heute erledigt</source>
        <translation>Mark the chosen follow-ups as done today</translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Fällig:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation>Open organisation</translation>
    </message>
    <message>
        <source>Kontakt erfassen …</source>
        <translation>Record contact …</translation>
    </message>
    <message>
        <source>Kontakt überfällig</source>
        <translation>Contact overdue</translation>
    </message>
    <message>
        <source>Wiedervorlagen (%1)</source>
        <translation>Follow-ups (%1)</translation>
    </message>
    <message>
        <source>Kontakt überfällig (%1)</source>
        <translation>Contact overdue (%1)</translation>
    </message>
    <message>
        <source>Organisationen, deren letzter Kontakt länger zurückliegt als vereinbart („Kontakt alle … Tage“, sonst der Wert ihrer Art), wichtigste zuerst.</source>
        <translation>Organisations whose last contact is longer ago than agreed (“Contact every … days”, otherwise the value for their type), most important first.</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Kein Verbund gewählt.</source>
        <translation>No training network chosen.</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Koordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Branchen</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Förderung</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Gesundheitscheck</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>Erfolgsfaktoren erfüllt, Stand</source>
        <translation>success factors met, as of</translation>
    </message>
</context>
<context>
    <name>HealthSettingsDialog</name>
    <message>
        <source>Gesundheitscheck der Verbünde</source>
        <translation>Health check of the training networks</translation>
    </message>
    <message>
        <source>Ab wann gilt ein Erfolgsfaktor als erfüllt? Die Werte gelten für alle, die mit dieser Datenbank arbeiten.</source>
        <translation>When does a success factor count as met? The values apply to everyone working with this database.</translation>
    </message>
    <message>
        <source>Mitglieder mit Kooperationsvereinbarung, mindestens:</source>
        <translation>Members with a cooperation agreement, at least:</translation>
    </message>
    <message>
        <source>Beratung von Mitgliedsunternehmen in den letzten:</source>
        <translation>Advice to member companies within the last:</translation>
    </message>
    <message>
        <source>Informations-/Dialogveranstaltung in den letzten:</source>
        <translation>Information/dialogue event within the last:</translation>
    </message>
    <message>
        <source>Warnung, wenn die Förderung endet in:</source>
        <translation>Warn when the funding ends within:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>%1 – Benutzerhandbuch</source>
        <extracomment>the pages in the order of the contents; the file of a page is ``&lt;name&gt;.html``; the area pages carry the key of their area in the main window</extracomment>
        <translation>%1 – User guide</translation>
    </message>
    <message>
        <source>◀ Zurück</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Vorige Seite (Alt+Links)</source>
        <translation>Previous page (Alt+Left)</translation>
    </message>
    <message>
        <source>Vor ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <source>Nächste Seite (Alt+Rechts)</source>
        <translation>Next page (Alt+Right)</translation>
    </message>
    <message>
        <source>Erste Schritte</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Zur Übersicht</source>
        <translation>To the overview</translation>
    </message>
    <message>
        <source>In der Hilfe suchen …</source>
        <translation>Search the help …</translation>
    </message>
    <message>
        <source>Links bleiben die Seiten mit dem Wort; Eingabe springt zur nächsten Fundstelle</source>
        <translation>The pages with the word stay on the left; Enter jumps to the next match</translation>
    </message>
    <message>
        <source>%1 Seite(n)</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <source>Nichts gefunden</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Verlauf: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%n Statusänderung(en)</source>
        <translation>%n status changes</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Kontakt löschen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Den Eintrag vom %1 löschen?</source>
        <translation>Delete the entry of %1?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Importverlauf</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Import rückgängig …</source>
        <translation>Undo import …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ergebnis&lt;/b&gt;</source>
        <translation>&lt;b&gt;Result&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verwendete Spaltenzuordnung&lt;/b&gt;</source>
        <translation>&lt;b&gt;Column mapping used&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Jeder Import mit Datum, Benutzer, Datei und Ergebnis. „Import rückgängig“ entfernt, was der Import angelegt hat, und stellt überschriebene Werte wieder her – sofern die Datensätze seitdem nicht geändert wurden.</source>
        <translation>Every import with date, user, file and result. “Undo import” removes what the import created and restores overwritten values – as long as the records have not been changed since.</translation>
    </message>
    <message>
        <source>Noch keine Importe.</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <source>Datei „%1“</source>
        <translation>File “%1”</translation>
    </message>
    <message>
        <source>, Blatt „%1“</source>
        <translation>, sheet “%1”</translation>
    </message>
    <message>
        <source>Importiert am %1 von %2</source>
        <translation>Imported on %1 by %2</translation>
    </message>
    <message>
        <source>Import rückgängig</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Import „%1“ vom %2</source>
        <translation>Import “%1” of %2</translation>
    </message>
    <message>
        <source>%1 lässt sich nicht vollständig rückgängig machen.</source>
        <translation>%1 cannot be undone completely.</translation>
    </message>
    <message>
        <source>Rest rückgängig machen</source>
        <translation>Undo the rest</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Diese Datensätze bleiben, wie sie sind. Für den Rest gilt:</source>
        <translation>These records stay as they are. For the rest:</translation>
    </message>
    <message>
        <source>%1 rückgängig machen?</source>
        <translation>Undo %1?</translation>
    </message>
    <message>
        <source>Rückgängig machen</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Weiter &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Zurück</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>InquiryPanel</name>
    <message>
        <source>Wer fragt:</source>
        <extracomment>something of the inquiry was saved here (the list shows the new state)</extracomment>
        <translation>Who is asking:</translation>
    </message>
    <message>
        <source>Worum:</source>
        <translation>About:</translation>
    </message>
    <message>
        <source>Anliegen:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Stand:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status ändern …</source>
        <translation>Change status …</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>&amp;Vermitteln …</source>
        <translation>&amp;Refer …</translation>
    </message>
    <message>
        <source>An andere Organisation …</source>
        <translation>To another organisation …</translation>
    </message>
    <message>
        <source>Antwort erfassen …</source>
        <translation>Record response …</translation>
    </message>
    <message>
        <source>Ergebnis erfassen …</source>
        <translation>Record outcome …</translation>
    </message>
    <message>
        <source>E-Mail an Partner</source>
        <translation>E-mail to partner</translation>
    </message>
    <message>
        <source>Öffnet eine E-Mail mit der Zusammenfassung der Anfrage an den Partner</source>
        <translation>Opens an e-mail to the partner with the summary of the inquiry</translation>
    </message>
    <message>
        <source>Partner öffnen</source>
        <translation>Open partner</translation>
    </message>
    <message>
        <source>Passende Partner</source>
        <translation>Matching partners</translation>
    </message>
    <message>
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Wählen Sie links eine Anfrage.</source>
        <translation>Choose an inquiry on the left.</translation>
    </message>
    <message>
        <source>(über %1)</source>
        <translation>(via %1)</translation>
    </message>
    <message>
        <source>zuständig: %1</source>
        <translation>responsible: %1</translation>
    </message>
    <message>
        <source>Passende Partner werden gesucht …</source>
        <translation>Looking for matching partners …</translation>
    </message>
    <message>
        <source>Kein passender Partner gefunden: Themen oder Landkreis prüfen.</source>
        <translation>No matching partner found: check topics or district.</translation>
    </message>
    <message>
        <source>%1, die besten zuerst. Doppelklick vermittelt.</source>
        <translation>%1, best first. Double-click refers.</translation>
    </message>
    <message>
        <source>passender Partner</source>
        <translation>matching partner</translation>
    </message>
    <message>
        <source>passende Partner</source>
        <translation>matching partners</translation>
    </message>
    <message>
        <source>Vermittlungen (%1)</source>
        <translation>Referrals (%1)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Anfrage bearbeiten</source>
        <translation>Edit inquiry</translation>
    </message>
    <message>
        <source>Neue Anfrage</source>
        <translation>New inquiry</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>Was wird gesucht? Beruf, Ziel, Zeitrahmen … (ohne Namen: geht an Partner)</source>
        <translation>What is being looked for? Occupation, goal, time frame … (no names: goes to partners)</translation>
    </message>
    <message>
        <source>Das Anliegen steht in der E-Mail an den Partner, auch ohne Einverständnis zur Weitergabe: bitte keine Namen oder Kontaktdaten hineinschreiben.</source>
        <translation>The request is included in the e-mail to the partner, even without consent to pass it on: please do not write any names or contact details into it.</translation>
    </message>
    <message>
        <source>– niemand –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <source>&amp;Eingang am: *</source>
        <translation>&amp;Received on: *</translation>
    </message>
    <message>
        <source>Eingang ü&amp;ber: *</source>
        <translation>Received &amp;via: *</translation>
    </message>
    <message>
        <source>&amp;Wer fragt: *</source>
        <translation>&amp;Who is asking: *</translation>
    </message>
    <message>
        <source>&amp;Landkreis: *</source>
        <translation>&amp;District: *</translation>
    </message>
    <message>
        <source>&amp;Themen: *</source>
        <translation>&amp;Topics: *</translation>
    </message>
    <message>
        <source>&amp;Anliegen:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <source>&amp;Dringlichkeit:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <source>&amp;Zuständig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Anfrage</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Wer fragt</source>
        <translation>Who is asking</translation>
    </message>
    <message>
        <source>Strg+Eingabe speichert. * Pflichtfeld</source>
        <translation>Ctrl+Enter saves. * required field</translation>
    </message>
    <message>
        <source>Einverstanden, später nach dem Ergebnis gefragt zu werden</source>
        <translation>Agrees to be asked about the outcome later</translation>
    </message>
    <message>
        <source>Name und Kontakt dürfen an Partner weitergegeben werden</source>
        <translation>Name and contact may be passed on to partners</translation>
    </message>
    <message>
        <source>Nur erfassen, was die Vermittlung braucht. Ratsuchende erscheinen nicht in Listen, Verteilern und im Netzwerk und werden nach Abschluss automatisch anonymisiert.</source>
        <translation>Record only what the referral needs. Advice seekers do not appear in lists, distribution lists or the network and are anonymised automatically after closing.</translation>
    </message>
    <message>
        <source>&amp;Vorname:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Nachname:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>E-&amp;Mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Rechtsgrundlage: *</source>
        <translation>&amp;Legal basis: *</translation>
    </message>
    <message>
        <source>Unternehmen im Verzeichnis suchen …</source>
        <translation>Search for a company in the directory …</translation>
    </message>
    <message>
        <source>oder Name eines neuen Unternehmens</source>
        <translation>or the name of a new company</translation>
    </message>
    <message>
        <source>Kontakt darf an Partner weitergegeben werden</source>
        <translation>Contact may be passed on to partners</translation>
    </message>
    <message>
        <source>&amp;Unternehmen:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>&amp;Neues Unternehmen:</source>
        <translation>&amp;New company:</translation>
    </message>
    <message>
        <source>Ansprechperson (freiwillig):</source>
        <translation>Contact person (optional):</translation>
    </message>
    <message>
        <source>Vorname:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Nachname:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-Mail:</source>
        <translation>E-mail:</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Name, Organisation, E-Mail suchen …</source>
        <translation>Search name, organisation, e-mail …</translation>
    </message>
    <message>
        <source>Einladungsliste erweitern …</source>
        <translation>Extend invitation list …</translation>
    </message>
    <message>
        <source>Person einladen …</source>
        <translation>Invite person …</translation>
    </message>
    <message>
        <source>Status setzen</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Verlauf …</source>
        <translation>History …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>E-Mail …</source>
        <translation>E-mail …</translation>
    </message>
    <message>
        <source>Einladung an Vorgemerkte</source>
        <translation>Invitation to the shortlisted</translation>
    </message>
    <message>
        <source>Erinnerung an Zugesagte</source>
        <translation>Reminder to those who accepted</translation>
    </message>
    <message>
        <source>An Auswahl</source>
        <translation>To selection</translation>
    </message>
    <message>
        <source>Teilnehmerliste (Excel) …</source>
        <translation>Participant list (Excel) …</translation>
    </message>
    <message>
        <source>Kalenderdatei (.ics) …</source>
        <translation>Calendar file (.ics) …</translation>
    </message>
    <message>
        <source>Anwesenheit erfassen …</source>
        <translation>Record attendance …</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Keine Veranstaltung gewählt.</source>
        <translation>No event chosen.</translation>
    </message>
    <message>
        <source>%1 Personen hinzugefügt.</source>
        <translation>%1 people added.</translation>
    </message>
    <message>
        <source>%1 nicht eingeladen (%2).</source>
        <translation>%1 not invited (%2).</translation>
    </message>
    <message>
        <source>ohne Einwilligung</source>
        <translation>without consent</translation>
    </message>
    <message>
        <source>Status nicht gesetzt</source>
        <translation>Status not set</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 Person(en) von der Liste genommen.</source>
        <translation>%1 person(s) taken off the list.</translation>
    </message>
    <message>
        <source>Von der Einladungsliste entfernen</source>
        <translation>Remove from the invitation list</translation>
    </message>
    <message>
        <source>%1 Person(en) von der Einladungsliste entfernen?
%2</source>
        <translation>Remove %1 person(s) from the invitation list?
%2</translation>
    </message>
    <message>
        <source>Der Verlauf und eine erfasste Anwesenheit gehen dabei verloren. Wer nur nicht kommt, bekommt besser den Status „abgesagt“.</source>
        <translation>The history and any recorded attendance are lost. For someone who just isn&apos;t coming, the status “abgesagt” (declined) is better.</translation>
    </message>
</context>
<context>
    <name>InvitePersonDialog</name>
    <message>
        <source>Person einladen</source>
        <translation>Invite person</translation>
    </message>
    <message>
        <source>&amp;Person: *</source>
        <translation>&amp;Person: *</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Einladen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Person: Bitte aus der Liste wählen.</source>
        <translation>Person: please choose from the list.</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Daten behalten</source>
        <translation>Keep data</translation>
    </message>
    <message>
        <source>Warum bleiben die Daten der %1 gespeichert, und wann soll wieder geprüft werden?</source>
        <translation>Why is the data of the %1 kept, and when should it be reviewed again?</translation>
    </message>
    <message>
        <source>z. B. Mitglied im Beirat bis 2028</source>
        <translation>e.g. board member until 2028</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Nächste Überprüfung:</source>
        <translation>&amp;Next review:</translation>
    </message>
    <message>
        <source>Behalten</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LegendList</name>
    <message>
        <source>Legende: Farbe und Anzahl der gezeigten Organisationen</source>
        <translation>Legend: colour and number of the organisations shown</translation>
    </message>
</context>
<context>
    <name>LinkedTable</name>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>LoadingWindow</name>
    <message>
        <source>Die Datenbank wird geöffnet …</source>
        <translation>Opening the database …</translation>
    </message>
</context>
<context>
    <name>LotsenView</name>
    <message>
        <source>Nr., Unternehmen oder Anliegen suchen …</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes)</extracomment>
        <translation>Search no., company or request …</translation>
    </message>
    <message>
        <source>offen (neu bis vermittelt)</source>
        <translation>open (new to referred)</translation>
    </message>
    <message>
        <source>Neue Anfrage …</source>
        <translation>New inquiry …</translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Thema:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Landkreis:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>WBA-Region:</source>
        <translation>WBA region:</translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>Auswertung</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>E-Mail an: %1</source>
        <translation>E-mail to: %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Trennzeichen:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Adressen kopieren</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ohne E-Mail-Adresse (%n) – bitte anders erreichen:</source>
        <translation>Without e-mail address (%n) – please reach them another way:</translation>
    </message>
    <message>
        <source>Niemand in dieser Liste hat eine E-Mail-Adresse.</source>
        <translation>Nobody in this list has an e-mail address.</translation>
    </message>
    <message>
        <source>E-Mail-Programm (Blindkopie)</source>
        <translation>E-mail program (blind copy)</translation>
    </message>
    <message>
        <source>Zwischenablage (Adressen kopiert)</source>
        <translation>Clipboard (addresses copied)</translation>
    </message>
    <message>
        <source>%n Adressen in der Zwischenablage.</source>
        <translation>%n addresses on the clipboard.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bereiche</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <source>Verbünde</source>
        <translation>Training networks</translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Organisationen zeigen</source>
        <extracomment>the filters besides the kinds (from the network&apos;s „Karte“ button)</extracomment>
        <translation>Show organisations</translation>
    </message>
    <message>
        <source>Bänder zwischen Landkreisen</source>
        <translation>Bands between districts</translation>
    </message>
    <message>
        <source>Nur Organisationen dieser Arten (keine Auswahl: alle)</source>
        <translation>Only organisations of these types (no selection: all)</translation>
    </message>
    <message>
        <source>Alle Filter zurücksetzen</source>
        <translation>Reset all filters</translation>
    </message>
    <message>
        <source>Darstellung</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Landkreise färben nach:</source>
        <translation>Colour districts by:</translation>
    </message>
    <message>
        <source>Arten (Farbe der Punkte)</source>
        <translation>Types (colour of the dots)</translation>
    </message>
    <message>
        <source>Die Karte als Bild (PNG), SVG oder PDF</source>
        <translation>The map as a picture (PNG), SVG or PDF</translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>WBA-Regionen</source>
        <translation>WBA regions</translation>
    </message>
    <message>
        <source>Schlagwörter</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Beziehungsarten</source>
        <translation>Relationship types</translation>
    </message>
    <message>
        <source>Mindeststärke</source>
        <translation>Minimum strength</translation>
    </message>
    <message>
        <source>auch inaktive</source>
        <translation>also inactive</translation>
    </message>
    <message>
        <source>Aus dem Netzwerk übernommen: %1.</source>
        <translation>Taken over from the network: %1.</translation>
    </message>
    <message>
        <source>Karte wird berechnet …</source>
        <translation>Calculating the map …</translation>
    </message>
    <message>
        <source>%1 Organisationen in %2 Landkreisen · Klick auf einen Landkreis zeigt seine Partner, Lücken und Verbünde</source>
        <translation>%1 organisations in %2 districts · click a district to see its partners, gaps and training networks</translation>
    </message>
    <message>
        <source>%1 Organisationen auf der Karte</source>
        <translation>%1 organisations on the map</translation>
    </message>
    <message>
        <source>Karte exportieren</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Spalten zuordnen</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <source>Vorschlag aus den Spaltenüberschriften; ein Klick auf „wird zu“ ändert ihn.</source>
        <translation>Suggested from the column headings; a click on “becomes” changes it.</translation>
    </message>
    <message>
        <source>Als Beziehungsliste importieren (Organisation – Beziehung – Organisation)</source>
        <translation>Import as a relationship list (organisation – relationship – organisation)</translation>
    </message>
    <message>
        <source>Zuordnung speichern …</source>
        <translation>Save mapping …</translation>
    </message>
    <message>
        <source>Überschriften stehen in Zeile</source>
        <translation>Headings are in row</translation>
    </message>
    <message>
        <source>Beziehungsliste erkannt: Jede Zeile wird als Beziehung zwischen zwei Organisationen importiert, nicht als Kontakt.</source>
        <translation>Relationship list recognised: each row is imported as a relationship between two organisations, not as a contact.</translation>
    </message>
    <message>
        <source>Kontaktliste: Jede Zeile ist eine Organisation und/oder eine Person.</source>
        <translation>Contact list: each row is an organisation and/or a person.</translation>
    </message>
    <message>
        <source>Zuordnung speichern</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Zuordnung (*.json)</source>
        <translation>Mapping (*.json)</translation>
    </message>
    <message>
        <source>Zuordnung gespeichert: %1</source>
        <translation>Mapping saved: %1</translation>
    </message>
    <message>
        <source>Bitte zwei Spalten als „Organisation (von)“ und „Organisation (zu)“ zuordnen.</source>
        <translation>Please map two columns as “Organisation (from)” and “Organisation (to)”.</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Spalte als Organisation oder als Name zuordnen.</source>
        <translation>Please map at least one column as organisation or as name.</translation>
    </message>
</context>
<context>
    <name>MatrixCanvas</name>
    <message>
        <source>Interesse →</source>
        <extracomment>up to this many dots they get a white outline dots this wide or wider are drawn round (smaller ones as squares: same look, faster)</extracomment>
        <translation>Interest →</translation>
    </message>
    <message>
        <source>Einfluss →</source>
        <translation>Influence →</translation>
    </message>
    <message>
        <source>Einfluss %1 · Interesse %2 · Haltung: %3</source>
        <translation>Influence %1 · interest %2 · attitude: %3</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Die Matrix als Bild (PNG, SVG, PDF) speichern</source>
        <translation>Save the matrix as a picture (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Haltung:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attitude:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Organisationen ohne Angabe zu Einfluss oder Interesse anzeigen</source>
        <translation>Show organisations without influence or interest given</translation>
    </message>
    <message>
        <source>Doppelklick: Organisation öffnen</source>
        <translation>Double-click: open organisation</translation>
    </message>
    <message>
        <source>Matrix wird zusammengestellt …</source>
        <translation>Putting the matrix together …</translation>
    </message>
    <message>
        <source>Keine Organisation dieser Auswahl ist nach Einfluss und Interesse eingestuft.</source>
        <translation>No organisation in this selection is rated by influence and interest.</translation>
    </message>
    <message>
        <source>Keine Organisation passt zu diesen Filtern.</source>
        <translation>No organisation matches these filters.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>ohne Einstufung: %1</source>
        <translation>not rated: %1</translation>
    </message>
    <message>
        <source>Matrix exportieren</source>
        <translation>Export matrix</translation>
    </message>
    <message>
        <source>Nichts zu exportieren: die Matrix ist leer.</source>
        <translation>Nothing to export: the matrix is empty.</translation>
    </message>
    <message>
        <source>Bitte als .png, .svg oder .pdf speichern.</source>
        <translation>Please save as .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Mitglied bearbeiten</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Ansprechperson suchen …</source>
        <translation>Search for contact person …</translation>
    </message>
    <message>
        <source>&amp;Organisation: *</source>
        <translation>&amp;Organisation: *</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Beigetreten:</source>
        <translation>&amp;Joined:</translation>
    </message>
    <message>
        <source>&amp;Ausgetreten:</source>
        <translation>&amp;Left:</translation>
    </message>
    <message>
        <source>&amp;Verbindlichkeit:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <source>&amp;Unterzeichnet am:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>Ansprech&amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Mitglied hinzufügen …</source>
        <translation>Add member …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Aus dem Verzeichnis …</source>
        <translation>From the directory …</translation>
    </message>
    <message>
        <source>Organisationen im Verzeichnis markieren und mit „Zu Verbund hinzufügen“ übernehmen (auch aus dem Netzwerk möglich).</source>
        <translation>Select organisations in the directory and add them with “Add to training network” (also possible from the network).</translation>
    </message>
    <message>
        <source>Ausgetretene zeigen</source>
        <translation>Show former members</translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation>Open organisation</translation>
    </message>
    <message>
        <source>%1 aktive Mitglieder, davon %2 mit unterzeichneter Vereinbarung</source>
        <translation>%1 active members, %2 of them with a signed agreement</translation>
    </message>
    <message>
        <source> · %1 ausgetreten</source>
        <translation> · %1 left</translation>
    </message>
    <message>
        <source>Mitglied entfernen</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>„%1“ aus dem Verbund entfernen? Wer ausgetreten ist, bekommt besser ein Austrittsdatum, damit die Geschichte erhalten bleibt.</source>
        <translation>Remove “%1” from the training network? For a member who has left, better enter a leaving date so the history is kept.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Organisationen</source>
        <extracomment>a value longer than this is cut in the radio button (the tooltip has it whole)</extracomment>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>%1 zusammenführen</source>
        <translation>Merge %1</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Erhalten bleibt:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Wählen Sie, welcher Datensatz erhalten bleibt und welchen Wert jedes Feld bekommt. Alles, was mit dem anderen Datensatz verknüpft ist, wird übernommen; danach wird der andere Datensatz gelöscht.</source>
        <translation>Choose which record is kept and which value each field gets. Everything linked to the other record is taken over; the other record is then deleted.</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Datensatz A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <source>Datensatz B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>beide</source>
        <translation>both</translation>
    </message>
    <message>
        <source>Beide Texte nacheinander übernehmen</source>
        <translation>Take both texts one after the other</translation>
    </message>
    <message>
        <source>„%1“ wird danach gelöscht.</source>
        <translation>“%1” will be deleted afterwards.</translation>
    </message>
    <message>
        <source>Nichts wurde zusammengeführt. Die beiden Datensätze werden neu geladen; bitte die Auswahl prüfen und noch einmal zusammenführen.</source>
        <translation>Nothing was merged. The two records are being reloaded; please check the selection and merge again.</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>%1: %2 Organisationen – Doppelklick öffnet die Gruppe</source>
        <translation>%1: %2 organisations – double-click opens the group</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Ansicht einpassen</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes) the „Karte“ button: the map of the districts with these filters a picture was drawn (the views bar applies a saved zoom then) the last unfocused network without people, for a quick &quot;Umfeld&quot; (see _quick_ego)</extracomment>
        <translation>Fit view</translation>
    </message>
    <message>
        <source>Bild der aktuellen Ansicht (PNG, SVG, PDF) oder Netz für Gephi (GEXF, GraphML)</source>
        <translation>Picture of the current view (PNG, SVG, PDF) or network for Gephi (GEXF, GraphML)</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Dieselbe Auswahl als Karte der Landkreise zeigen</source>
        <translation>Show the same selection as a map of the districts</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Netz</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Netz wird aufgebaut …</source>
        <translation>Building the network …</translation>
    </message>
    <message>
        <source>%1 Organisationen, %2 Verbindungen</source>
        <translation>%1 organisations, %2 connections</translation>
    </message>
    <message>
        <source>Netz exportieren</source>
        <translation>Export network</translation>
    </message>
    <message>
        <source>Nichts zu exportieren: das Netz ist leer.</source>
        <translation>Nothing to export: the network is empty.</translation>
    </message>
    <message>
        <source>Bitte als .png, .svg, .pdf, .gexf oder .graphml speichern.</source>
        <translation>Please save as .png, .svg, .pdf, .gexf or .graphml.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Hinweis ausblenden</source>
        <translation>Hide notice</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Leistung bearbeiten</source>
        <translation>Edit offer</translation>
    </message>
    <message>
        <source>Leistung hinzufügen</source>
        <translation>Add offer</translation>
    </message>
    <message>
        <source>Die Leistung gilt überall, wo die Organisation ihren Sitz hat oder zuständig ist; ändert sich die Zuständigkeit, folgt die Leistung ihr</source>
        <translation>The offer applies wherever the organisation has its seat or is responsible; if the responsibility changes, the offer follows it</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>z. B. nur für Metallberufe, Termine nach Absprache</source>
        <translation>e.g. only for metalworking trades, dates by arrangement</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>&amp;Thema: *</source>
        <translation>&amp;Topic: *</translation>
    </message>
    <message>
        <source>Ziel&amp;gruppen:</source>
        <translation>Target &amp;groups:</translation>
    </message>
    <message>
        <source>keine gewählt: für alle</source>
        <translation>none chosen: for everyone</translation>
    </message>
    <message>
        <source>&amp;Landkreise:</source>
        <translation>&amp;Districts:</translation>
    </message>
    <message>
        <source>&amp;Ansprechperson:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Landkreise: Bitte mindestens einen wählen oder „%1“ ankreuzen.</source>
        <translation>Districts: please choose at least one or tick “%1”.</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Zielgruppen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Leistung hinzufügen …</source>
        <translation>Add offer …</translation>
    </message>
    <message>
        <source>Leistung entfernen</source>
        <translation>Remove offer</translation>
    </message>
    <message>
        <source>Die Leistung „%1“ entfernen?</source>
        <translation>Remove the offer “%1”?</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Stammdaten</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Person zuordnen …</source>
        <translation>Assign person …</translation>
    </message>
    <message>
        <source>Person öffnen</source>
        <translation>Open person</translation>
    </message>
    <message>
        <source>Beziehung hinzufügen …</source>
        <translation>Add relationship …</translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation>Open organisation</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Notizen zur Organisation, Absprachen, Hintergründe …</source>
        <translation>Notes on the organisation, agreements, background …</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Die Landkreise, für die die Organisation über ihren Sitz hinaus zuständig ist</source>
        <translation>The districts the organisation is responsible for beyond its seat</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>z. B. Metall, Logistik</source>
        <translation>e.g. metal, logistics</translation>
    </message>
    <message>
        <source>durch Komma getrennt</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Wie oft jemand mit der Organisation in Kontakt sein sollte</source>
        <translation>How often someone should be in contact with the organisation</translation>
    </message>
    <message>
        <source>aktiv (in Listen und Auswertungen enthalten)</source>
        <translation>active (included in lists and analyses)</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>&amp;Kurzname:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;Art: *</source>
        <translation>&amp;Type: *</translation>
    </message>
    <message>
        <source>&amp;Landkreis:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Straße:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>PLZ, Ort:</source>
        <translation>Postcode, town:</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Branchen:</source>
        <translation>&amp;Sectors:</translation>
    </message>
    <message>
        <source>Schlag&amp;wörter:</source>
        <translation>Key&amp;words:</translation>
    </message>
    <message>
        <source>&amp;Größe:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>&amp;Einfluss:</source>
        <translation>&amp;Influence:</translation>
    </message>
    <message>
        <source>&amp;Interesse:</source>
        <translation>&amp;Interest:</translation>
    </message>
    <message>
        <source>&amp;Haltung:</source>
        <translation>&amp;Attitude:</translation>
    </message>
    <message>
        <source>Kontakt &amp;alle:</source>
        <translation>Contact &amp;every:</translation>
    </message>
    <message>
        <source>Zuständig &amp;für:</source>
        <translation>Responsible &amp;for:</translation>
    </message>
    <message>
        <source>wie Art (%1 Tage)</source>
        <translation>as type (%1 days)</translation>
    </message>
    <message>
        <source>wie Art (keine Vorgabe)</source>
        <translation>as type (no default)</translation>
    </message>
    <message>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Personen, Beziehungen und Leistungen lassen sich nach dem Speichern ergänzen.</source>
        <translation>People, relationships and offers can be added after saving.</translation>
    </message>
    <message>
        <source>zuständig für %1</source>
        <translation>responsible for %1</translation>
    </message>
    <message>
        <source> · inaktiv</source>
        <translation> · inactive</translation>
    </message>
    <message>
        <source>geändert am</source>
        <translation>changed on</translation>
    </message>
    <message numerus="yes">
        <source>Personen (%n)</source>
        <translation>
            <numerusform>People (%n)</numerusform>
            <numerusform>People (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beziehungen (%n)</source>
        <translation>
            <numerusform>Relationships (%n)</numerusform>
            <numerusform>Relationships (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leistungen (%n)</source>
        <translation>
            <numerusform>Services (%n)</numerusform>
            <numerusform>Services (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Beziehung löschen</source>
        <translation>Delete relationship</translation>
    </message>
    <message>
        <source>Beziehung „%1 %2“ löschen?</source>
        <translation>Delete relationship “%1 %2”?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Ergebnis der Vermittlung</source>
        <translation>Outcome of the referral</translation>
    </message>
    <message>
        <source>Vermittlung an %1 vom %2</source>
        <translation>Referral to %1 of %2</translation>
    </message>
    <message>
        <source>&amp;Ergebnis:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation>&amp;On:</translation>
    </message>
</context>
<context>
    <name>OutgoingMixin</name>
    <message>
        <source>Einladung per E-Mail</source>
        <translation>Invitation by e-mail</translation>
    </message>
    <message>
        <source>Einladung verschickt?</source>
        <translation>Invitation sent?</translation>
    </message>
    <message>
        <source>Die %1 angeschriebenen Personen von „vorgemerkt“ auf „eingeladen“ setzen?</source>
        <translation>Set the %1 people written to from “vorgemerkt” to “eingeladen”?</translation>
    </message>
    <message>
        <source>Auf „eingeladen“ setzen</source>
        <translation>Set to “eingeladen”</translation>
    </message>
    <message>
        <source>Nicht jetzt</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Teilnehmerliste speichern</source>
        <translation>Save participant list</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Kalenderdatei speichern</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Anwesenheit gespeichert: %1 teilgenommen, %2 nicht erschienen.</source>
        <translation>Attendance saved: %1 attended, %2 no-show.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Zusammenführen mit …</source>
        <translation>Merge with …</translation>
    </message>
    <message>
        <source>Weiter …</source>
        <translation>Next …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>„%1“ zusammenführen mit:</source>
        <translation>Merge “%1” with:</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Kontaktdaten</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Organisation zuordnen …</source>
        <translation>Assign organisation …</translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation>Open organisation</translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>durch Komma getrennt</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Anrede, Titel:</source>
        <translation>Salutation, title:</translation>
    </message>
    <message>
        <source>&amp;Vorname:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Nachname: *</source>
        <translation>&amp;Last name: *</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Mobil:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>&amp;Bevorzugter Kanal:</source>
        <translation>&amp;Preferred channel:</translation>
    </message>
    <message>
        <source>Schlag&amp;wörter:</source>
        <translation>Key&amp;words:</translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Organisationen lassen sich nach dem Speichern zuordnen.</source>
        <translation>Organisations can be assigned after saving.</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>geändert am</source>
        <translation>changed on</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Phase wechseln</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>z. B. Kooperationsvereinbarung unterzeichnet</source>
        <translation>e.g. cooperation agreement signed</translation>
    </message>
    <message>
        <source>Bisher:</source>
        <translation>Previously:</translation>
    </message>
    <message>
        <source>&amp;Neue Phase:</source>
        <translation>&amp;New phase:</translation>
    </message>
    <message>
        <source>&amp;Seit:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>PhasesTab</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Phase wechseln …</source>
        <translation>Change phase …</translation>
    </message>
    <message>
        <source>Letzten Wechsel zurücknehmen</source>
        <translation>Undo last change</translation>
    </message>
    <message>
        <source>Aktuelle Phase: %1 seit %2 · %3 Wechsel</source>
        <translation>Current phase: %1 since %2 · %3 changes</translation>
    </message>
    <message>
        <source>Den Wechsel zu „%1“ (seit %2) zurücknehmen? Der Verbund ist dann wieder in „%3“.</source>
        <translation>Undo the change to “%1” (since %2)? The training network is then back in “%3”.</translation>
    </message>
    <message>
        <source>Zurücknehmen</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>PictureHeader</name>
    <message>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Vorschau prüfen</source>
        <translation>Check preview</translation>
    </message>
    <message>
        <source>Noch ist nichts gespeichert.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen speichern …</source>
        <translation>Save rejected rows …</translation>
    </message>
    <message>
        <source>Bei vorhandenen Einträgen:</source>
        <translation>For existing entries:</translation>
    </message>
    <message>
        <source>Anzeigen:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Die Vorschau wird berechnet …</source>
        <translation>Calculating the preview …</translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen speichern</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV für Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsPage</name>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <source> Monaten</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Überprüfen nach:</source>
        <translation>Review after:</translation>
    </message>
    <message>
        <source>Personen ohne Kontakt und ohne Teilnahme seit so vielen Jahren erscheinen in der Überprüfungsliste (Extras › Datenschutz). Gilt für alle, die mit dieser Datenbank arbeiten.</source>
        <translation>People with no contact and no attendance for this many years appear in the review list (Extras › Data protection). Applies to everyone working with this database.</translation>
    </message>
    <message>
        <source>Ratsuchende anonymisieren nach:</source>
        <translation>Anonymise advice seekers after:</translation>
    </message>
    <message>
        <source>Ratsuchende (Personen, die nur wegen einer Anfrage gespeichert sind) werden so viele Monate nach dem Abschluss ihrer letzten Anfrage beim Start automatisch anonymisiert. Gilt für alle, die mit dieser Datenbank arbeiten.</source>
        <translation>Advice seekers (people stored only because of an inquiry) are anonymised automatically at start-up this many months after their last inquiry was closed. Applies to everyone working with this database.</translation>
    </message>
    <message>
        <source>Änderungsprotokoll aufbewahren:</source>
        <translation>Keep change log for:</translation>
    </message>
    <message>
        <source>Ältere Einträge werden beim Start gelöscht (Standard: 3 Jahre = 1095 Tage). Gilt für alle, die mit dieser Datenbank arbeiten.</source>
        <translation>Older entries are deleted at start-up (default: 3 years = 1095 days). Applies to everyone working with this database.</translation>
    </message>
    <message>
        <source>Protokolldateien aufbewahren:</source>
        <translation>Keep log files for:</translation>
    </message>
    <message>
        <source>Ältere Protokolldateien von WBA Desktop auf diesem PC werden beim Start gelöscht. Wie lange Sicherungen aufbewahrt werden, steht unter „Sicherung“.</source>
        <translation>Older WBA Desktop log files on this PC are deleted at start-up. How long backups are kept is set under “Backup”.</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>(nicht angegeben)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>z. B. Visitenkarte Kongress 2026</source>
        <translation>e.g. business card congress 2026</translation>
    </message>
    <message>
        <source>nicht informiert</source>
        <translation>not informed</translation>
    </message>
    <message>
        <source>Verarbeitung eingeschränkt (Art. 18): in keiner Liste, keinem Export, keiner E-Mail, Einladung oder Karte</source>
        <translation>Processing restricted (Art. 18): in no list, export, e-mail, invitation or map</translation>
    </message>
    <message>
        <source>kein Widerspruch</source>
        <translation>no objection</translation>
    </message>
    <message>
        <source>Widerspruch (Art. 21): beendet alles, was auf berechtigtem Interesse beruht.</source>
        <translation>Objection (Art. 21): ends everything based on legitimate interest.</translation>
    </message>
    <message>
        <source>Angaben speichern</source>
        <translation>Save details</translation>
    </message>
    <message>
        <source>&amp;Rechtsgrundlage:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>&amp;Herkunft der Daten:</source>
        <translation>&amp;Origin of the data:</translation>
    </message>
    <message>
        <source>&amp;Informiert am:</source>
        <translation>&amp;Informed on:</translation>
    </message>
    <message>
        <source>&amp;Widerspruch am:</source>
        <translation>&amp;Objection on:</translation>
    </message>
    <message>
        <source>Einwilligung erfassen …</source>
        <translation>Record consent …</translation>
    </message>
    <message>
        <source>Widerruf erfassen …</source>
        <translation>Record withdrawal …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Einwilligungen&lt;/b&gt; – Stand heute:</source>
        <translation>&lt;b&gt;Consents&lt;/b&gt; – status today:</translation>
    </message>
    <message>
        <source>Verlauf (nichts wird überschrieben):</source>
        <translation>History (nothing is overwritten):</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programmpunkt …</source>
        <translation>Programme item …</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Teilnehmende zuordnen …</source>
        <translation>Assign participants …</translation>
    </message>
    <message>
        <source>Wer zugesagt hat, in einen Workshop oder parallelen Programmpunkt einteilen</source>
        <translation>Assign those who accepted to a workshop or parallel programme item</translation>
    </message>
    <message>
        <source>Kalenderdatei für Referent/in …</source>
        <translation>Calendar file for speaker …</translation>
    </message>
    <message>
        <source>%1 Programmpunkte · Veranstaltung %2</source>
        <translation>%1 programme items · event %2</translation>
    </message>
    <message>
        <source> · %1 laufen parallel (‖)</source>
        <translation> · %1 run in parallel (‖)</translation>
    </message>
    <message>
        <source>%1 eingeteilte Teilnehmende verlieren ihre Zuordnung.</source>
        <translation>%1 assigned participants lose their assignment.</translation>
    </message>
    <message>
        <source>Programmpunkt löschen</source>
        <translation>Delete programme item</translation>
    </message>
    <message>
        <source>„%1“ aus dem Programm löschen?</source>
        <translation>Delete “%1” from the programme?</translation>
    </message>
    <message>
        <source>Kalenderdatei speichern</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Kalenderdatei (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>%1 öffnen</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Kalenderdatei für %1 …</source>
        <translation>Calendar file for %1 …</translation>
    </message>
</context>
<context>
    <name>PurposeCombo</name>
    <message>
        <source>Mit einem Zweck bleiben Personen ohne Einwilligung dafür (wo die Einwilligung ihre Rechtsgrundlage ist) außen vor; eingeschränkte Personen immer.</source>
        <translation>With a purpose, people without consent for it (where consent is their legal basis) are left out; restricted people always are.</translation>
    </message>
</context>
<context>
    <name>PurposeForm</name>
    <message>
        <source>Neuer Einwilligungszweck</source>
        <translation>New consent purpose</translation>
    </message>
    <message>
        <source>Einwilligungszweck bearbeiten</source>
        <translation>Edit consent purpose</translation>
    </message>
    <message>
        <source>z. B. Mitgliederbefragung</source>
        <translation>e.g. member survey</translation>
    </message>
    <message>
        <source>ans Ende</source>
        <translation>at the end</translation>
    </message>
    <message>
        <source>wird angeboten (aktiv)</source>
        <translation>is offered (active)</translation>
    </message>
    <message>
        <source>&amp;Bezeichnung: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>Beschrei&amp;bung:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>&amp;Reihenfolge:</source>
        <translation>&amp;Order:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Inzwischen gelöscht</source>
        <translation>Deleted in the meantime</translation>
    </message>
    <message>
        <source>Als neuen Eintrag speichern</source>
        <translation>Save as new entry</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ihre Eingaben stehen noch im Formular.</source>
        <translation>Your entries are still in the form.</translation>
    </message>
    <message>
        <source>Möglicherweise doppelt</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Trotzdem anlegen</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Vorhandene öffnen</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Die Änderungen wurden noch nicht gespeichert.</source>
        <translation>The changes have not been saved yet.</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Zuordnung entfernen</source>
        <translation>Remove assignment</translation>
    </message>
    <message>
        <source>%1 von %2 lösen? Person und Organisation bleiben erhalten.</source>
        <translation>Detach %1 from %2? The person and the organisation are kept.</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Name eingeben und aus der Liste wählen …</source>
        <translation>Type a name and choose from the list …</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Bearbeiten …</source>
        <extracomment>when an extra button or action is enabled: with an owner, or with a selected row</extracomment>
        <translation>Edit …</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Vermitteln</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Die Vermittlung steht danach in der Kontakthistorie des Partners; die Wiedervorlage erscheint auf der Startseite.</source>
        <translation>The referral then appears in the partner&apos;s contact history; the follow-up appears on the start page.</translation>
    </message>
    <message>
        <source>Partner suchen …</source>
        <translation>Search for partner …</translation>
    </message>
    <message>
        <source>Ansprechperson (freiwillig) …</source>
        <translation>Contact person (optional) …</translation>
    </message>
    <message>
        <source>&amp;Partner: *</source>
        <translation>&amp;Partner: *</translation>
    </message>
    <message>
        <source>&amp;Ansprechperson:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Vermittelt am:</source>
        <translation>&amp;Referred on:</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage am:</source>
        <translation>&amp;Follow-up on:</translation>
    </message>
    <message>
        <source>Partner: Bitte eine Organisation wählen.</source>
        <translation>Partner: please choose an organisation.</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Stammdaten</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Die Zuordnung der Landkreise zu den WBA-Regionen ist aus den Bezirken der Agenturen für Arbeit abgeleitet (Nord: Magdeburg, Süd: Halle, West: Halberstadt, Ost: Dessau-Roßlau) und nicht für jeden Landkreis bestätigt. Weicht die Zuständigkeit ab, passen Sie die WBA-Region hier an.</source>
        <translation>The assignment of districts to WBA regions is derived from the areas of the employment agencies (North: Magdeburg, South: Halle, West: Halberstadt, East: Dessau-Roßlau) and is not confirmed for every district. If the responsibility differs, adjust the WBA region here.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kreissitz</source>
        <translation>District seat</translation>
    </message>
    <message>
        <source>Kfz-Kennzeichen</source>
        <translation>Vehicle registration code</translation>
    </message>
    <message>
        <source>AGS</source>
        <translation>AGS (municipality key)</translation>
    </message>
    <message>
        <source>WBA-Region</source>
        <translation>WBA region</translation>
    </message>
    <message>
        <source>WBA-Region ändern …</source>
        <translation>Change WBA region …</translation>
    </message>
    <message>
        <source>Organisationsarten</source>
        <translation>Organisation types</translation>
    </message>
    <message>
        <source>Die Farbe kennzeichnet die Art in Netzwerkgrafiken. Multiplikatoren tragen die Angebote der WBA weiter; Unternehmen und Schulen sind die Zielgruppe.</source>
        <translation>The colour marks the type in network graphics. Multipliers pass the WBA&apos;s offers on; companies and schools are the target group.</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Multiplikator</source>
        <translation>Multiplier</translation>
    </message>
    <message>
        <source>Kontakt alle</source>
        <translation>Contact every</translation>
    </message>
    <message>
        <source>Neue Organisationsart …</source>
        <translation>New organisation type …</translation>
    </message>
    <message>
        <source>Beziehungsarten</source>
        <translation>Relationship types</translation>
    </message>
    <message>
        <source>Gerichtete Beziehungen lesen sich je nach Blickrichtung anders (vorwärts von A nach B „ist Mitglied von“, rückwärts „hat als Mitglied“); ungerichtete haben eine Bezeichnung für beide Seiten, z. B. „kooperiert mit“.</source>
        <translation>Directed relationships read differently depending on the direction (forwards from A to B “is a member of”, backwards “has as a member”); undirected ones have one label for both sides, e.g. “cooperates with”.</translation>
    </message>
    <message>
        <source>Bezeichnung vorwärts</source>
        <translation>Label forwards</translation>
    </message>
    <message>
        <source>Bezeichnung rückwärts</source>
        <translation>Label backwards</translation>
    </message>
    <message>
        <source>gerichtet</source>
        <translation>directed</translation>
    </message>
    <message>
        <source>Neue Beziehungsart …</source>
        <translation>New relationship type …</translation>
    </message>
    <message>
        <source>Einwilligungszwecke</source>
        <translation>Consent purposes</translation>
    </message>
    <message>
        <source>Wofür Personen einwilligen können (Newsletter, Einladungen, Fotos, Netzwerkkarten). Ein Zweck mit Einwilligungen wird nicht gelöscht, sondern deaktiviert: Sein Verlauf bleibt lesbar, neu erfasst wird er nicht mehr.</source>
        <translation>What people can consent to (newsletter, invitations, photos, network maps). A purpose with consents is not deleted but deactivated: its history stays readable, it is no longer recorded anew.</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reihenfolge</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Neuer Zweck …</source>
        <translation>New purpose …</translation>
    </message>
    <message>
        <source>Themen der Leistungen</source>
        <translation>Topics of the offers</translation>
    </message>
    <message>
        <source>Die Themen, zu denen Partner Leistungen anbieten und Anfragen gestellt werden (Weiterbildungsberatung, Förderberatung, Umschulung …). Ein Thema wird nicht gelöscht, sondern deaktiviert: Bei den Leistungen bleibt es stehen, neu gewählt wird es nicht mehr.</source>
        <translation>The topics partners offer services on and inquiries are made about (continuing-education advice, funding advice, retraining …). A topic is not deleted but deactivated: it stays with the offers but can no longer be chosen.</translation>
    </message>
    <message>
        <source>Neues Thema …</source>
        <translation>New topic …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RegionForm</name>
    <message>
        <source>WBA-Region ändern</source>
        <translation>Change WBA region</translation>
    </message>
    <message>
        <source>Landkreis:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>&amp;WBA-Region:</source>
        <translation>&amp;WBA region:</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Beziehung bearbeiten</source>
        <translation>Edit relationship</translation>
    </message>
    <message>
        <source>Neue Beziehung</source>
        <translation>New relationship</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>&amp;Beziehung:</source>
        <translation>&amp;Relationship:</translation>
    </message>
    <message>
        <source>&amp;Mit:</source>
        <translation>&amp;With:</translation>
    </message>
    <message>
        <source>&amp;Stärke:</source>
        <translation>&amp;Strength:</translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Mit: Bitte eine Organisation aus der Liste wählen.</source>
        <translation>With: please choose an organisation from the list.</translation>
    </message>
</context>
<context>
    <name>RelationPreviewPage</name>
    <message>
        <source>Vorschau: Beziehungen importieren</source>
        <translation>Preview: import relationships</translation>
    </message>
    <message>
        <source>Noch ist nichts gespeichert.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Fehlende Organisationen anlegen (Art „Sonstige“)</source>
        <translation>Create missing organisations (type “Sonstige”)</translation>
    </message>
    <message>
        <source>Neue Beziehungsarten anlegen</source>
        <translation>Create new relationship types</translation>
    </message>
    <message>
        <source>Nur die gültigen Zeilen importieren (abgelehnte auslassen)</source>
        <translation>Import only the valid rows (leave out rejected ones)</translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen speichern …</source>
        <translation>Save rejected rows …</translation>
    </message>
    <message>
        <source>Die Vorschau wird berechnet …</source>
        <translation>Calculating the preview …</translation>
    </message>
    <message>
        <source>Nicht in der Datenbank: %1</source>
        <translation>Not in the database: %1</translation>
    </message>
    <message>
        <source> und %1 weitere</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>Unbekannte Beziehungsarten: %1</source>
        <translation>Unknown relationship types: %1</translation>
    </message>
    <message>
        <source>%1 Zeile(n) abgelehnt (rot, Grund unter „Hinweis“): Bitte die Datei berichtigen, oder nur die gültigen Zeilen importieren.</source>
        <translation>%1 row(s) rejected (red, reason under “Note”): please correct the file, or import only the valid rows.</translation>
    </message>
    <message>
        <source>Neue Beziehungsarten anlegen: %1</source>
        <translation>Create new relationship types: %1</translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen speichern</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV für Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>RelationTypeForm</name>
    <message>
        <source>Neue Beziehungsart</source>
        <translation>New relationship type</translation>
    </message>
    <message>
        <source>Beziehungsart bearbeiten</source>
        <translation>Edit relationship type</translation>
    </message>
    <message>
        <source>z. B. Mitgliedschaft</source>
        <translation>e.g. membership</translation>
    </message>
    <message>
        <source>gerichtet (je Blickrichtung eine eigene Bezeichnung)</source>
        <translation>directed (a separate label for each direction)</translation>
    </message>
    <message>
        <source>z. B. ist Mitglied von</source>
        <translation>e.g. is a member of</translation>
    </message>
    <message>
        <source>z. B. hat als Mitglied</source>
        <translation>e.g. has as a member</translation>
    </message>
    <message>
        <source>&amp;Bezeichnung: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>Bezeichnung &amp;vorwärts: *</source>
        <translation>Label &amp;forwards: *</translation>
    </message>
    <message>
        <source>Bezeichnung &amp;rückwärts:</source>
        <translation>Label &amp;backwards:</translation>
    </message>
    <message>
        <source>Bezeichnung: „%1“ gibt es schon.</source>
        <translation>Label: “%1” already exists.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>ganz Sachsen-Anhalt</source>
        <translation>all of Saxony-Anhalt</translation>
    </message>
    <message>
        <source>Bericht als Excel …</source>
        <translation>Report as Excel …</translation>
    </message>
    <message>
        <source>Der Bericht für das Ministerium (.xlsx)</source>
        <translation>The report for the ministry (.xlsx)</translation>
    </message>
    <message>
        <source>Diagramm speichern …</source>
        <translation>Save chart …</translation>
    </message>
    <message>
        <source>Von:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Bis:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>WBA-Region:</source>
        <translation>WBA region:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Auswertung wird berechnet …</source>
        <translation>Calculating report …</translation>
    </message>
    <message>
        <source>%1 · %2, davon %3 vermittelt · %4 · Median: %5</source>
        <translation>%1 · %2, of which %3 referred · %4 · median: %5</translation>
    </message>
    <message>
        <source>Bericht speichern</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Diagramm</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Diagramm speichern</source>
        <translation>Save chart</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Zu welchem Stand soll die Datenbank zurückkehren? Die Sicherung wird vorher vollständig geprüft, und der jetzige Stand wird gesichert, bevor er ersetzt wird.</source>
        <translation>Which state should the database return to? The backup is checked in full first, and the current state is backed up before it is replaced.</translation>
    </message>
    <message>
        <source>Gesichert am</source>
        <translation>Backed up on</translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Andere Datei …</source>
        <translation>Other file …</translation>
    </message>
    <message>
        <source>Wiederherstellen …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Im Sicherungsordner liegt noch keine Sicherung dieser Datenbank.</source>
        <translation>The backup folder does not contain a backup of this database yet.</translation>
    </message>
    <message>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Sicherungen (*.sqlite3 *.zip);;Alle Dateien (*)</source>
        <translation>Backups (*.sqlite3 *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Die Sicherung ist in Ordnung.</source>
        <translation>The backup is in order.</translation>
    </message>
    <message>
        <source>Den jetzigen Stand durch die Sicherung ersetzen?</source>
        <translation>Replace the current state with the backup?</translation>
    </message>
    <message>
        <source>Ersetzen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Datenbank enthält jetzt %1. Dieser Stand wird zuerst gesichert und dann durch „%2“ ersetzt. Alle, die gerade mit der Datenbank arbeiten, sehen danach den wiederhergestellten Stand.</source>
        <translation>The database now contains %1. This state is backed up first and then replaced by “%2”. Everyone working with the database will then see the restored state.</translation>
    </message>
    <message>
        <source>Der vorherige Stand ist gesichert in:
%1</source>
        <translation>The previous state has been backed up in:
%1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Überprüfungsliste (Speicherbegrenzung)</source>
        <translation>Review list (storage limitation)</translation>
    </message>
    <message>
        <source>Personen ohne Aktivität und ohne Teilnahme an einer Veranstaltung seit mindestens so vielen Jahren. Nicht mehr benötigte Daten anonymisieren, die übrigen mit Grund und nächstem Prüftermin behalten.</source>
        <translation>People with no activity and no attendance at an event for at least this many years. Anonymise data no longer needed, keep the rest with a reason and next review date.</translation>
    </message>
    <message>
        <source>Ohne Kontakt seit mindestens</source>
        <translation>No contact for at least</translation>
    </message>
    <message>
        <source> Jahren</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;Behalten …</source>
        <translation>&amp;Keep …</translation>
    </message>
    <message>
        <source>&amp;Anonymisieren …</source>
        <translation>&amp;Anonymise …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 ohne Kontakt</source>
        <translation>%1 without contact</translation>
    </message>
    <message>
        <source>Daten behalten</source>
        <translation>Keep data</translation>
    </message>
    <message>
        <source>Anonymisieren (Art. 17 DSGVO)</source>
        <translation>Anonymise (Art. 17 GDPR)</translation>
    </message>
    <message>
        <source>%1 unwiderruflich anonymisieren?</source>
        <translation>Anonymise %1 irrevocably?</translation>
    </message>
    <message>
        <source>Unwiderruflich anonymisieren</source>
        <translation>Anonymise irrevocably</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Namen, Kontaktdaten, Zuordnungen und Texte über sie werden entfernt; Einladungen und Teilnahmen bleiben anonym für die Statistik. Das lässt sich nicht rückgängig machen.</source>
        <translation>Names, contact details, assignments and texts about them are removed; invitations and attendances stay anonymous for statistics. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import abbrechen</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Importverlauf anzeigen</source>
        <translation>Show import history</translation>
    </message>
    <message>
        <source>Alles oder nichts: bricht der Import ab, bleibt alles wie es war.</source>
        <translation>All or nothing: if the import stops, everything stays as it was.</translation>
    </message>
    <message>
        <source>Import läuft …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <source>Import abgeschlossen.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>Die Datenbank ist unverändert.</source>
        <translation>The database is unchanged.</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Organisation, Person, Verbund, Veranstaltung – z. B. „koethen“, „strasse“</source>
        <translation>Organisation, person, training network, event – e.g. “koethen”, “strasse”</translation>
    </message>
    <message>
        <source>↑/↓ wählen · Enter öffnet · Esc schließt</source>
        <translation>↑/↓ select · Enter opens · Esc closes</translation>
    </message>
    <message>
        <source>Die Suche ist fehlgeschlagen: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>%1 · Enter öffnet</source>
        <translation>%1 · Enter opens</translation>
    </message>
    <message>
        <source>Keine Treffer.</source>
        <translation>No matches.</translation>
    </message>
    <message>
        <source>Die ersten %1 von %2 – bitte die Suche verfeinern.</source>
        <translation>The first %1 of %2 – please refine the search.</translation>
    </message>
    <message>
        <source>Alle %1 %2 anzeigen …</source>
        <translation>Show all %1 %2 …</translation>
    </message>
    <message>
        <source> (inaktiv)</source>
        <translation> (inactive)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Programmpunkt bearbeiten</source>
        <extracomment>set on the dialog, so a red error frame on the list keeps the row spacing</extracomment>
        <translation>Edit programme item</translation>
    </message>
    <message>
        <source>Neuer Programmpunkt</source>
        <translation>New programme item</translation>
    </message>
    <message>
        <source>Uhr (Veranstaltung: %1)</source>
        <translation>o&apos;clock (event: %1)</translation>
    </message>
    <message>
        <source>keine Begrenzung</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Person suchen und hinzufügen …</source>
        <translation>Search and add person …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Titel: *</source>
        <translation>&amp;Title: *</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Zeit: *</source>
        <translation>&amp;Time: *</translation>
    </message>
    <message>
        <source>&amp;Raum:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>&amp;Plätze:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Mitwirkende:</source>
        <translation>&amp;Contributors:</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>läuft parallel zu: %1</source>
        <translation>runs in parallel with: %1</translation>
    </message>
    <message>
        <source>ausgebucht</source>
        <translation>fully booked</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Ihr Name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Erscheint bei „geändert von“ und wenn andere gleichzeitig mit derselben Datenbank arbeiten. Leer: Ihr Anmeldename.</source>
        <translation>Shown as “changed by” and when others work with the same database at the same time. Empty: your login name.</translation>
    </message>
    <message>
        <source>Agentur</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Schwellenwerte</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Fensteranordnung zurücksetzen</source>
        <translation>Reset window layout</translation>
    </message>
    <message>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Gilt ab dem nächsten Start von WBA Desktop.</source>
        <translation>Applies from the next start of WBA Desktop.</translation>
    </message>
    <message>
        <source>Fenster:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>Vergisst Fenstergröße, Spaltenbreiten, ausgeblendete Spalten und den zuletzt geöffneten Bereich. Ab dem nächsten Start gilt wieder die Grundeinstellung; Ihre Einstellungen bleiben erhalten.</source>
        <translation>Forgets the window size, column widths, hidden columns and the last opened area. From the next start the defaults apply again; your settings are kept.</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Datenordner:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Zurzeit geöffnet: %1</source>
        <translation>Currently open: %1</translation>
    </message>
    <message>
        <source>Eigene Datenbankdatei auf diesem PC</source>
        <translation>Own database file on this PC</translation>
    </message>
    <message>
        <source>Teamdatenbank (PostgreSQL-Server)</source>
        <translation>Team database (PostgreSQL server)</translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>Leer: die Datei im Datenordner von WBA Desktop.</source>
        <translation>Empty: the file in the WBA Desktop data folder.</translation>
    </message>
    <message>
        <source>Verbindung prüfen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Eine geänderte Verbindung gilt ab dem nächsten Start von WBA Desktop. Ein Start mit --db oder WBA_DATABASE_URL hat Vorrang.</source>
        <translation>A changed connection takes effect the next time WBA Desktop starts. Starting with --db or WBA_DATABASE_URL takes precedence.</translation>
    </message>
    <message>
        <source>Die Fensteranordnung wird beim nächsten Start zurückgesetzt.</source>
        <translation>The window layout will be reset at the next start.</translation>
    </message>
    <message>
        <source>Datenbankdatei wählen</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <source>WBA-Datenbank (*.sqlite3);;Alle Dateien (*)</source>
        <translation>WBA database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Datei: Den Ordner „%1“ gibt es nicht.</source>
        <translation>File: The folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>Verbindung wird geprüft …</source>
        <translation>Testing connection …</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Einladungsliste erweitern</source>
        <extracomment>how many new people the preview lists by name how many names of people without consent the preview text names</extracomment>
        <translation>Extend invitation list</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Quelle wählen.</source>
        <translation>Please choose at least one source.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>„vorgemerkt“: noch nicht angeschrieben (die Einladung geht später per E-Mail hinaus); „eingeladen“: die Einladung ist schon verschickt.</source>
        <translation>“vorgemerkt” (shortlisted): not yet written to (the invitation goes out later by e-mail); “eingeladen” (invited): the invitation has already been sent.</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Neue Personen &amp;als:</source>
        <translation>Add new people &amp;as:</translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <source>Noch kein Verteiler angelegt.</source>
        <translation>No distribution list created yet.</translation>
    </message>
    <message>
        <source>Verbünde (Ansprechpersonen der Mitglieder und Beirat)</source>
        <translation>Training networks (contact persons of the members and board)</translation>
    </message>
    <message>
        <source>Noch kein Verbund angelegt.</source>
        <translation>No training network created yet.</translation>
    </message>
    <message>
        <source>alle Beschäftigten der Mitgliedsorganisationen</source>
        <translation>all employees of the member organisations</translation>
    </message>
    <message>
        <source>Personen nach Merkmalen (optional, bezogen auf die Organisation)</source>
        <translation>People by criteria (optional, relating to the organisation)</translation>
    </message>
    <message>
        <source>Art der Organisation</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>WBA-Region</source>
        <translation>WBA region</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>Merkmale: %1</source>
        <translation>Criteria: %1</translation>
    </message>
    <message>
        <source>%1 neue Personen</source>
        <translation>%1 new people</translation>
    </message>
    <message>
        <source>%1 schon auf der Liste</source>
        <translation>%1 already on the list</translation>
    </message>
    <message>
        <source>%1 nicht eingeladen (%3): %2</source>
        <translation>%1 not invited (%3): %2</translation>
    </message>
    <message>
        <source>ohne Einwilligung</source>
        <translation>without consent</translation>
    </message>
    <message>
        <source>%1 inaktiv (nicht eingeladen)</source>
        <translation>%1 inactive (not invited)</translation>
    </message>
    <message>
        <source>… und %1 weitere</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>StartCard</name>
    <message>
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>%1 (%2, die ersten %3)</source>
        <translation>%1 (%2, the first %3)</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Partner</source>
        <extracomment>the page&apos;s width from which the cards stand in two columns (a 1200 px window) change topics that make the area refresh (see MainWindow._on_changes)</extracomment>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Aktive Organisationen</source>
        <translation>Active organisations</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Aktive Personen</source>
        <translation>Active people</translation>
    </message>
    <message>
        <source>Aktive Verbünde</source>
        <translation>Active training networks</translation>
    </message>
    <message>
        <source>Verbünde in der Phase „Aktiv“</source>
        <translation>Training networks in the phase “active”</translation>
    </message>
    <message>
        <source>Veranstaltungen geplant</source>
        <translation>Events planned</translation>
    </message>
    <message>
        <source>Kommende Veranstaltungen, ohne abgesagte</source>
        <translation>Upcoming events, not counting cancelled ones</translation>
    </message>
    <message>
        <source>Offene Anfragen</source>
        <translation>Open inquiries</translation>
    </message>
    <message>
        <source>Anfragen von neu bis vermittelt</source>
        <translation>Inquiries from new to referred</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>%1 ist „%2“.</source>
        <translation>%1 is “%2”.</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>&amp;Neuer Status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;Ergebnis:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>%1 bearbeiten</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Neuer Meilenstein</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Neue Aufgabe</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Fällig am:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <source>&amp;Verantwortlich:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Verantwortlich: Bitte eine Person aus der Liste wählen.</source>
        <translation>Responsible: please choose a person from the list.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>überfällig seit %1</source>
        <translation>overdue since %1</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Neue Aufgabe …</source>
        <translation>New task …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Neuer Meilenstein …</source>
        <translation>New milestone …</translation>
    </message>
    <message>
        <source>Nur offene</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>%1 offen, davon %2 überfällig</source>
        <translation>%1 open, of which %2 overdue</translation>
    </message>
    <message>
        <source>%1 löschen</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>„%1“ löschen?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseForm</name>
    <message>
        <source>Passwort in der Anmeldeverwaltung des Betriebssystems speichern</source>
        <translation>Store the password in the operating system&apos;s credential manager</translation>
    </message>
    <message>
        <source>Auf diesem PC gibt es keine Anmeldeverwaltung; das Passwort wird beim Start abgefragt.</source>
        <translation>This PC has no credential manager; the password is asked for at start-up.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Datenbank:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Benutzer:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>ThresholdSettingsPage</name>
    <message>
        <source>Gesundheitscheck der Verbünde</source>
        <translation>Health check of the training networks</translation>
    </message>
    <message>
        <source> Monate</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Mitglieder mit Kooperationsvereinbarung, mindestens:</source>
        <translation>Members with a cooperation agreement, at least:</translation>
    </message>
    <message>
        <source>Beratung von Mitgliedsunternehmen in den letzten:</source>
        <translation>Advice to member companies within the last:</translation>
    </message>
    <message>
        <source>Informations-/Dialogveranstaltung in den letzten:</source>
        <translation>Information/dialogue event within the last:</translation>
    </message>
    <message>
        <source>Warnung, wenn die Förderung endet in:</source>
        <translation>Warn when the funding ends within:</translation>
    </message>
    <message>
        <source>Wiedervorlage (Vorschlag)</source>
        <translation>Follow-up (suggestion)</translation>
    </message>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Nach einem Kontakt:</source>
        <translation>After a contact:</translation>
    </message>
    <message>
        <source>Nach einer Vermittlung (Lotsenstelle):</source>
        <translation>After a referral (guidance desk):</translation>
    </message>
    <message>
        <source>Vorgeschlagenes Datum der Wiedervorlage; im Formular lässt es sich ändern. Wie oft eine Organisation kontaktiert werden soll, steht bei ihrer Art (Extras › Stammdaten › Organisationsarten) und bei der Organisation selbst.</source>
        <translation>Suggested follow-up date; it can be changed in the form. How often an organisation should be contacted is set with its kind (Extras › Reference data › Kinds of organisation) and with the organisation itself.</translation>
    </message>
    <message>
        <source>Die Werte gelten für alle, die mit dieser Datenbank arbeiten. Nach wie vielen Jahren ohne Kontakt Personen zur Überprüfung anstehen, steht unter „Datenschutz“.</source>
        <translation>These values apply to everyone working with this database. After how many years without contact people are due for review is set under “Data protection”.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Kein Verbund gewählt.</source>
        <translation>No training network chosen.</translation>
    </message>
    <message>
        <source>Als PNG speichern …</source>
        <translation>Save as PNG …</translation>
    </message>
    <message>
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Phasen, Meilensteine und Veranstaltungen von „%1“</source>
        <translation>Phases, milestones and events of “%1”</translation>
    </message>
    <message>
        <source>Zeitleiste speichern</source>
        <translation>Save timeline</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <source>Neues Thema</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>Thema bearbeiten</source>
        <translation>Edit topic</translation>
    </message>
    <message>
        <source>z. B. Gründungsberatung</source>
        <translation>e.g. start-up advice</translation>
    </message>
    <message>
        <source>wird angeboten (aktiv)</source>
        <translation>is offered (active)</translation>
    </message>
    <message>
        <source>Inaktive Themen bleiben bei den Leistungen, werden aber nicht mehr angeboten</source>
        <translation>Inactive topics stay with the offers but are no longer offered</translation>
    </message>
    <message>
        <source>&amp;Bezeichnung: *</source>
        <translation>&amp;Name: *</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Daten in die Teamdatenbank übertragen</source>
        <translation>Transfer data to the team database</translation>
    </message>
    <message>
        <source>Alle Daten dieser Datenbank werden in die Teamdatenbank kopiert, in einem Schritt: kommt die Übertragung nicht zu Ende, bleibt die Teamdatenbank, wie sie war. Diese Datenbank bleibt unverändert.</source>
        <translation>All data in this database will be copied to the team database in one step: if the transfer does not finish, the team database stays as it was. This database remains unchanged.</translation>
    </message>
    <message>
        <source>Übertragen</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bitte ausfüllen: %1.</source>
        <translation>Please fill in: %1.</translation>
    </message>
    <message>
        <source>Die Teamdatenbank enthält schon Daten. Ersetzen?</source>
        <translation>The team database already contains data. Replace it?</translation>
    </message>
    <message>
        <source>Ersetzen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Übertragen: %1.</source>
        <translation>Transferred: %1.</translation>
    </message>
    <message>
        <source>Künftig die Teamdatenbank verwenden</source>
        <translation>Use the team database from now on</translation>
    </message>
    <message>
        <source>Bei der eigenen Datei bleiben</source>
        <translation>Keep using my own file</translation>
    </message>
    <message>
        <source>Soll WBA Desktop ab dem nächsten Start mit der Teamdatenbank arbeiten? Die eigene Datei bleibt erhalten.</source>
        <translation>Should WBA Desktop work with the team database from the next start? Your own file is kept.</translation>
    </message>
</context>
<context>
    <name>TypeForm</name>
    <message>
        <source>Neue Organisationsart</source>
        <translation>New organisation type</translation>
    </message>
    <message>
        <source>Organisationsart bearbeiten</source>
        <translation>Edit organisation type</translation>
    </message>
    <message>
        <source>z. B. Stiftung</source>
        <translation>e.g. foundation</translation>
    </message>
    <message>
        <source>Farbe wählen …</source>
        <translation>Choose colour …</translation>
    </message>
    <message>
        <source>Multiplikator</source>
        <translation>Multiplier</translation>
    </message>
    <message>
        <source>Organisationen dieser Art tragen Angebote der WBA in ihr Netzwerk weiter.</source>
        <translation>Organisations of this type pass the WBA&apos;s offers on into their network.</translation>
    </message>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>keine Vorgabe</source>
        <translation>no default</translation>
    </message>
    <message>
        <source>Wie oft Organisationen dieser Art kontaktiert werden sollten, wenn bei der Organisation selbst nichts eingetragen ist</source>
        <translation>How often organisations of this type should be contacted when nothing is entered for the organisation itself</translation>
    </message>
    <message>
        <source>&amp;Bezeichnung: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>&amp;Farbe:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>&amp;Kontakt alle:</source>
        <translation>&amp;Contact every:</translation>
    </message>
    <message>
        <source>Farbe wählen</source>
        <translation>Choose colour</translation>
    </message>
</context>
<context>
    <name>UninformedDialog</name>
    <message>
        <source>Noch nicht informiert (Art. 14 DSGVO)</source>
        <translation>Not yet informed (Art. 14 GDPR)</translation>
    </message>
    <message>
        <source>Informationsschreiben (Serienbrief) …</source>
        <translation>Information letter (mail merge) …</translation>
    </message>
    <message>
        <source>Als informiert markieren</source>
        <translation>Mark as informed</translation>
    </message>
    <message>
        <source>Für die Auswahl „informiert am“ auf heute setzen (nach dem Versand)</source>
        <translation>Set “informed on” to today for the selection (after sending)</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 Personen wurden vor mehr als 30 Tagen angelegt und noch nicht über ihre Daten informiert (Art. 14 DSGVO: spätestens nach einem Monat). Ohne Auswahl gilt der Serienbrief für alle.</source>
        <translation>%1 people were created more than 30 days ago and have not yet been informed about their data (Art. 14 GDPR: within one month at the latest). Without a selection, the mail merge applies to everyone.</translation>
    </message>
    <message>
        <source>Alle Personen sind informiert – niemand wartet länger als 30 Tage.</source>
        <translation>All people are informed – nobody has been waiting longer than 30 days.</translation>
    </message>
    <message>
        <source>Serienbrief speichern</source>
        <translation>Save mail merge</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Serienbrief gespeichert</source>
        <translation>Mail merge saved</translation>
    </message>
    <message>
        <source>Der Serienbrief für %1 Personen wurde gespeichert:
%2

Nach dem Versand die Personen auswählen und „Als informiert markieren“.</source>
        <translation>The mail merge for %1 people has been saved:
%2

After sending, select the people and choose “Mark as informed”.</translation>
    </message>
    <message>
        <source>Serienbrief</source>
        <translation>Mail merge</translation>
    </message>
    <message>
        <source>Für %1 Personen „informiert am“ auf heute setzen? Bitte erst, wenn das Informationsschreiben verschickt ist.</source>
        <translation>Set “informed on” to today for %1 people? Only once the information letter has been sent.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VerbundCommands</name>
    <message>
        <source>Organisationen markieren (Strg/Umschalt + Klick) und „Zu Verbund hinzufügen …“ wählen (Rechtsklick oder Menü Bearbeiten).</source>
        <translation>Select organisations (Ctrl/Shift + click) and choose “Add to training network …” (right-click or Edit menu).</translation>
    </message>
    <message>
        <source>%1 aufgenommen.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>Schon Mitglied: %1.</source>
        <translation>Already a member: %1.</translation>
    </message>
</context>
<context>
    <name>VerbundDialog</name>
    <message>
        <source>Weiterbildungsverbund</source>
        <translation>Training network</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Förderung</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Ziele und Notizen</source>
        <translation>Goals and notes</translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>z. B. Automobilzulieferer, Metall</source>
        <translation>e.g. automotive suppliers, metal</translation>
    </message>
    <message>
        <source>Koordinierende Organisation suchen …</source>
        <translation>Search for coordinating organisation …</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>&amp;Kurzname:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Phase seit:</source>
        <translation>Phase since:</translation>
    </message>
    <message>
        <source>&amp;Koordination:</source>
        <translation>&amp;Coordination:</translation>
    </message>
    <message>
        <source>&amp;Branchen:</source>
        <translation>&amp;Sectors:</translation>
    </message>
    <message>
        <source>&amp;Themen:</source>
        <translation>&amp;Topics:</translation>
    </message>
    <message>
        <source>Landkreise:</source>
        <translation>Districts:</translation>
    </message>
    <message>
        <source>z. B. Bundesprogramm „Aufbau von Weiterbildungsverbünden“</source>
        <translation>e.g. federal programme “Aufbau von Weiterbildungsverbünden”</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Wie geht es nach der Förderung weiter? (Verstetigung)</source>
        <translation>How will it continue after the funding? (continuation)</translation>
    </message>
    <message>
        <source>&amp;Förderprogramm:</source>
        <translation>&amp;Funding programme:</translation>
    </message>
    <message>
        <source>&amp;Förderkennzeichen:</source>
        <translation>&amp;Funding reference:</translation>
    </message>
    <message>
        <source>Förderbeginn:</source>
        <translation>Funding start:</translation>
    </message>
    <message>
        <source>Förderende:</source>
        <translation>Funding end:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Verstetigung:</source>
        <translation>&amp;Continuation:</translation>
    </message>
    <message>
        <source>Ziele des Verbunds</source>
        <translation>Goals of the training network</translation>
    </message>
    <message>
        <source>Notizen, Absprachen, Hintergründe</source>
        <translation>Notes, agreements, background</translation>
    </message>
    <message>
        <source>&amp;Ziele:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <source>N&amp;otizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Neuer Weiterbildungsverbund</source>
        <translation>New training network</translation>
    </message>
    <message>
        <source>Pflichtfeld ist nur der Name; alles andere lässt sich später ergänzen.</source>
        <translation>Only the name is required; everything else can be added later.</translation>
    </message>
    <message>
        <source>Phase %1 · %2</source>
        <translation>Phase %1 · %2</translation>
    </message>
    <message>
        <source>ohne Landkreis</source>
        <translation>no district</translation>
    </message>
    <message>
        <source>Die Phase wechseln Sie im Reiter „Phasen“.</source>
        <translation>You change the phase on the “Phases” tab.</translation>
    </message>
</context>
<context>
    <name>VerbundEventsTab</name>
    <message>
        <source>Neue Veranstaltung für den Verbund …</source>
        <translation>New event for the training network …</translation>
    </message>
    <message>
        <source>Veranstaltung öffnen</source>
        <translation>Open event</translation>
    </message>
    <message>
        <source>%1 Veranstaltungen, davon %2 durchgeführt · %3 Teilnahmen</source>
        <translation>%1 events, of which %2 held · %3 attendances</translation>
    </message>
</context>
<context>
    <name>VerbundView</name>
    <message>
        <source>Verbund oder Koordination suchen …</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes)</extracomment>
        <translation>Search training network or coordination …</translation>
    </message>
    <message>
        <source>Neuer Verbund …</source>
        <translation>New training network …</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Typ:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>WBA-Region:</source>
        <translation>WBA region:</translation>
    </message>
    <message>
        <source>Landkreis:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Bericht (Excel) …</source>
        <translation>Report (Excel) …</translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Überblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Beirat</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Phasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Kennzahlen</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Zeitleiste</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>%1 von %2 Verbünden</source>
        <translation>%1 of %2 training networks</translation>
    </message>
    <message>
        <source>Weiterbildungsverbünde</source>
        <translation>Training networks</translation>
    </message>
    <message>
        <source>Noch kein Verbund gewählt. Legen Sie mit „Neuer Verbund“ einen an.</source>
        <translation>No training network chosen yet. Create one with “New training network”.</translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Verbund löschen</source>
        <translation>Delete training network</translation>
    </message>
    <message>
        <source>löschen</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>„%1“ mit Mitgliedschaften, Phasen, Aufgaben und Kennzahlen löschen? Die Organisationen und Personen bleiben erhalten. Ein beendeter Verbund bleibt besser in der Phase „Beendet“ stehen.</source>
        <translation>Delete “%1” with its memberships, phases, tasks and key figures? The organisations and people are kept. A training network that has ended is better left in the phase “Beendet”.</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Verbundbericht speichern</source>
        <translation>Save training network report</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>VerteilerDialog</name>
    <message>
        <source>Verteiler bearbeiten</source>
        <translation>Edit distribution list</translation>
    </message>
    <message>
        <source>Neuer dynamischer Verteiler</source>
        <translation>New dynamic distribution list</translation>
    </message>
    <message>
        <source>Neuer Verteiler</source>
        <translation>New distribution list</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Mitglieder fügen Sie in der Personenliste hinzu: Personen markieren, dann „Zu Verteiler hinzufügen …“.</source>
        <translation>Add members in the person list: select people, then “Add to distribution list …”.</translation>
    </message>
    <message>
        <source>Wer gehört dazu? (je Liste: eines der Merkmale genügt)</source>
        <translation>Who belongs to it? (per list: one of the criteria is enough)</translation>
    </message>
    <message>
        <source>z. B. Geschäftsf, Personal (durch Komma getrennt)</source>
        <translation>e.g. managing dir, HR (separated by commas)</translation>
    </message>
    <message>
        <source>Art der Organisation</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>WBA-Region</source>
        <translation>WBA region</translation>
    </message>
    <message>
        <source>Schlagwort der Organisation</source>
        <translation>Keyword of the organisation</translation>
    </message>
    <message>
        <source>Schlagwort der Person</source>
        <translation>Keyword of the person</translation>
    </message>
    <message>
        <source>Funktion enthält</source>
        <translation>Job title contains</translation>
    </message>
    <message>
        <source>Bitte mindestens ein Merkmal wählen.</source>
        <translation>Please choose at least one criterion.</translation>
    </message>
    <message>
        <source>Passt derzeit auf %n aktive Person(en).</source>
        <translation>Currently matches %n active person(s).</translation>
    </message>
</context>
<context>
    <name>VerteilerView</name>
    <message>
        <source>Neuer Verteiler …</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes) „Einwilligung erfassen …“ for the members of the current Verteiler</extracomment>
        <translation>New distribution list …</translation>
    </message>
    <message>
        <source>Neuer dynamischer …</source>
        <translation>New dynamic …</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Aus Verteiler entfernen</source>
        <translation>Remove from distribution list</translation>
    </message>
    <message>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <source>E-Mail an alle …</source>
        <translation>E-mail to all …</translation>
    </message>
    <message>
        <source>Einwilligung erfassen …</source>
        <translation>Record consent …</translation>
    </message>
    <message>
        <source>Einwilligung oder Widerruf für alle Personen des Verteilers erfassen</source>
        <translation>Record consent or withdrawal for all people in the distribution list</translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <source>Noch kein Verteiler. Legen Sie einen an: statisch (Personen von Hand ausgewählt) oder dynamisch (alle, die zu einem Filter passen).</source>
        <translation>No distribution list yet. Create one: static (people chosen by hand) or dynamic (everyone matching a filter).</translation>
    </message>
    <message>
        <source>Keine Verteiler</source>
        <translation>No distribution lists</translation>
    </message>
    <message>
        <source>Dynamisch – </source>
        <translation>Dynamic – </translation>
    </message>
    <message>
        <source>Statisch – Personen von Hand ausgewählt</source>
        <translation>Static – people chosen by hand</translation>
    </message>
    <message>
        <source>Zweck: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <source>%1: %2 Personen</source>
        <translation>%1: %2 people</translation>
    </message>
    <message>
        <source>Verteiler löschen</source>
        <translation>Delete distribution list</translation>
    </message>
    <message>
        <source>Verteiler „%1“ löschen? Die Personen selbst bleiben erhalten.</source>
        <translation>Delete the distribution list “%1”? The people themselves are kept.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ViewsBar</name>
    <message>
        <source>Gespeicherte Ansicht mit einem Klick wiederherstellen</source>
        <translation>Restore a saved view with one click</translation>
    </message>
    <message>
        <source>Ansichten</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Ansicht speichern …</source>
        <translation>Save view …</translation>
    </message>
    <message>
        <source>Umbenennen …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ansicht exportieren (Bild, HTML-Seite) …</source>
        <translation>Export view (picture, HTML page) …</translation>
    </message>
    <message>
        <source>Alle Positionen neu berechnen (auch von Hand gesetzte)</source>
        <translation>Recalculate all positions (including those set by hand)</translation>
    </message>
    <message>
        <source>Ansicht:</source>
        <translation>View:</translation>
    </message>
    <message>
        <source>– Ansicht wählen –</source>
        <translation>– choose view –</translation>
    </message>
    <message>
        <source>gespeichert von %1, %2</source>
        <translation>saved by %1, %2</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ansicht speichern</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name der Ansicht (Filter, Farben, Größen, Fokus und Ausschnitt):</source>
        <translation>Name of the view (filters, colours, sizes, focus and section):</translation>
    </message>
    <message>
        <source>Die Ansicht „%1“ gibt es schon. Überschreiben?</source>
        <translation>The view “%1” already exists. Overwrite?</translation>
    </message>
    <message>
        <source>Überschreiben</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Ansicht „%1“ gespeichert.</source>
        <translation>View “%1” saved.</translation>
    </message>
    <message>
        <source>Ansicht umbenennen</source>
        <translation>Rename view</translation>
    </message>
    <message>
        <source>Neuer Name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Ansicht löschen</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Die Ansicht „%1“ für alle löschen?</source>
        <translation>Delete the view “%1” for everyone?</translation>
    </message>
    <message>
        <source>Gespeicherte Ansichten gelten für alle, die mit dieser Datenbank arbeiten.</source>
        <translation>Saved views apply to everyone working with this database.</translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Ansicht exportieren</source>
        <translation>Export view</translation>
    </message>
    <message>
        <source>Ansicht wird exportiert …</source>
        <translation>Exporting view …</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>(mit %1 Personen; im Auskunftsprotokoll vermerkt)</source>
        <translation>(with %1 people; noted in the disclosure log)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Willkommen bei WBA Desktop</source>
        <extracomment>``load_demo(progress, cancelled)``: writes the demo data, returns its summary</extracomment>
        <translation>Welcome to WBA Desktop</translation>
    </message>
    <message>
        <source>Die Datenbank ist noch leer. Möchten Sie das Programm mit Demodaten kennenlernen (rund 300 Organisationen und 800 erfundene Personen aus allen Landkreisen Sachsen-Anhalts, sieben Weiterbildungsverbünde und zehn Veranstaltungen, darunter ein Kongress mit 150 Teilnehmenden), oder gleich mit Ihren eigenen Daten beginnen?</source>
        <translation>The database is still empty. Would you like to get to know the program with demo data (around 300 organisations and 800 invented people from all districts of Saxony-Anhalt, seven training networks and ten events, including a congress with 150 participants), or start straight away with your own data?</translation>
    </message>
    <message>
        <source>Mit Demodaten starten</source>
        <translation>Start with demo data</translation>
    </message>
    <message>
        <source>Leer beginnen</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demodaten werden angelegt …</source>
        <translation>Creating demo data …</translation>
    </message>
    <message>
        <source>Fertig: %1 Organisationen, %2 Personen, %3 Verbünde, %4 Veranstaltungen.</source>
        <translation>Done: %1 organisations, %2 people, %3 training networks, %4 events.</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Zusammenführen …</source>
        <translation>Merge …</translation>
    </message>
    <message>
        <source>Kein Duplikat</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Dieses Paar ist kein Duplikat: es erscheint nicht wieder in der Liste</source>
        <translation>This pair is not a duplicate: it will not appear in the list again</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
</TS>
