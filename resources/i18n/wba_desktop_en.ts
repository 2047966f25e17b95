<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei wurde gespeichert:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gerade ebenfalls geöffnet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gerade arbeitet ein anderes Programm mit der Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}

Sobald dort fertig gespeichert ist, können Sie es erneut versuchen. Gespeichert wurde noch nichts; Ihre Eingaben bleiben erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist gerade belegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Verbindung zur Datenbank ist unterbrochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Server der Teamdatenbank antwortet gerade nicht (Netzwerk, VPN oder Wartung?). Gespeichert wurde nichts; Ihre Eingaben bleiben erhalten. Bitte erneut versuchen, sobald die Verbindung wieder steht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deaktivieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist mit %2 und %3 verknüpft und kann deshalb nicht gelöscht werden. Stattdessen deaktivieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ endgültig löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Ihre Zuordnung wird mit gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Ihre %n Zuordnungen werden mit gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur deaktivieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung fehlt/widerrufen</source>
        <extracomment>kind -&gt; (statuses written to, subject prefix, first line of the text) (e-mail, person id) of everyone reached, for the disclosure log
----------
status -&gt; (text colour, background) in the table and the attendance list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine E-Mail-Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch niemand auf der Einladungsliste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 eingeladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vorgemerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zugesagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (von %1 Plätzen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 teilgenommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nicht erschienen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Warteliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 abgesagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ bei %2 Person(en) gesetzt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hatte(n) diesen Status schon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgebucht – auf die Warteliste: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von der Warteliste nachgerückt: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absage als Kalenderdatei …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absage für Outlook (.ics): Wer den Termin aus einer früheren Kalenderdatei übernommen hat, dem wird er beim Öffnen dieser Datei gestrichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absage als Kalenderdatei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei (.ics) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termin mit Programm für Outlook (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwörter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einfluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; (Outlook unter Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, (andere Programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n Adressen als Blindkopie (BCC) in einer E-Mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n Adressen als Blindkopie (BCC). Weil lange Empfängerlisten in E-Mail-Programmen scheitern, auf %1 E-Mails verteilt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail öffnen (%n Empfänger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teil %1 öffnen (%n Empfänger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungen zwischen Landkreisen (Breite: Anzahl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Organisationen ohne Landkreis sind nicht eingezeichnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft (Art. 15) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles, was über diese Person gespeichert ist, als PDF oder Excel-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Auskunft zu %1 wurde gespeichert:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu „%1“ sind keine Daten gespeichert. Das Schreiben „keine Daten gespeichert“ wurde gespeichert:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisieren (Art. 17) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überprüfungsliste …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datenschutz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisieren (Art. 17 DSGVO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Kontaktdaten, Notizen, Schlagwörter, Zuordnungen, Beiratssitze, Rollen als Ansprechperson und Verteiler-Mitgliedschaften werden entfernt, Texte zu ihren Aktivitäten, Einladungen und Einwilligungen ersetzt, das Änderungsprotokoll über sie geleert. Für die Statistik bleiben anonym: Aktivitäten, Einladungen und Teilnahmen mit Art und Landkreis der Organisation.

Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ unwiderruflich anonymisieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betroffen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwiderruflich anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur lesen: Diese Datenbank ist schreibgeschützt. Sie können alles ansehen, suchen und exportieren, aber nichts ändern. Wer ändern möchte, braucht Schreibrechte für die Datei und ihren Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tägliche Sicherung angelegt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die tägliche Sicherung ist fehlgeschlagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende/r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nach Ablauf der Frist anonymisiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Sicherung (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensicherung (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung wird angelegt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung angelegt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die neue Datenbankverbindung gilt ab dem nächsten Start von WBA Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliothek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Partnernetzwerk der Weiterbildungsagenturen Sachsen-Anhalt: Organisationen, Personen und ihre Beziehungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenordner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läuft mit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgelieferte Bibliotheken und ihre Lizenzen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karte: Verwaltungsgrenzen %1, Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0), VG5000, Stand 01.01.2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über WBA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dafür fehlt Ihrer Anmeldung an der Teamdatenbank die Berechtigung (Rolle „Datenschutz“).</source>
        <extracomment>the window&apos;s actions each permission guards (attributes that do not exist are skipped); a backup of the team database is a dump of every table, the audit log included</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue &amp;Organisation …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue &amp;Person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue &amp;Anfrage …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfrage einer oder eines Ratsuchenden oder eines Unternehmens erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deaktivieren / Aktivieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Liste &amp;suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Globale Suche …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktualisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datenordner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe zu diesem Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Seite des Benutzerhandbuchs zum Bereich, der gerade vorne ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benutzerhandbuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ü&amp;ber WBA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu Ver&amp;bund hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladungen nur mit &amp;Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Personen mit erteilter Einwilligung in Einladungslisten aufnehmen (widerrufene Einwilligungen gelten immer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gesundheitscheck der Verbünde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stammdaten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mögliche D&amp;uplikate …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen und Personen, die vermutlich doppelt erfasst sind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zusammenführen mit …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwei doppelt erfasste Datensätze zu einem zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiedervorlagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällige Wiedervorlagen und Organisationen, mit denen Kontakt überfällig ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auskunft erteilen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO: alles, was über eine Person gespeichert ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Noch nicht informiert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen, die seit über 30 Tagen nicht über ihre Daten informiert sind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung &amp;anlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daten in die &amp;Teamdatenbank übertragen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Daten dieser Datenbank in eine PostgreSQL-Teamdatenbank kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungs&amp;protokoll …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste exportieren (Excel, CSV, Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beziehungen exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen und Personen aus Excel oder CSV übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import&amp;verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisherige Importe ansehen und einen Import rückgängig machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;Mail an Auswahl …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einwilligung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung oder Widerruf für die markierten Personen oder einen Verteiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu &amp;Verteiler hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkzeuge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensatz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen (alt → neu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anderer Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein unerwarteter Fehler ist aufgetreten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details stehen im Protokoll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bild PNG (*.png)</source>
        <extracomment>the picture formats every picture view offers (matplotlib writes them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vektorgrafik SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diesen Eintrag scheint es schon zu geben:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erteilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung abgelaufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensatz A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensatz B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mögliches Duplikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mögliche Duplikate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation / Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig am</source>
        <extracomment>the &quot;when&quot; filter: label and the last due date it takes (None: every open one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>hits per group before „alle anzeigen“ heading of a group: (one, many)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzter Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einfluss × Interesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur aktive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur inaktive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <extracomment>the service filter class and the label of the &quot;all kinds&quot; entry (subclasses)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie Sitz und Zuständigkeit der Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stärke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Organisation scheint es schon zu geben:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Person scheint es schon zu geben:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Organisationsarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erfasst von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erfasst am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erledigt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vor Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingeladen</source>
        <extracomment>the totals strip: (FollowUpReport attribute, caption)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warteliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbünde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergangene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zugesagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilgenommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Veranstaltung gewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch niemand eingeladen – das Diagramm erscheint, sobald es Einladungen gibt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgesagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnahmequote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginn–Ende</source>
        <extracomment>kinds whose participants are assigned (besides any session running in parallel)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referierende/Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV für andere Programme (.csv, Semikolon, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook-Kontakte in einer Datei (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook-Kontakte einzeln, gepackt (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Organisation, Funktion, E-Mail, Telefon</source>
        <extracomment>the columns of the print-friendly choice, as the checkbox&apos;s tooltip names them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Art, Ort, E-Mail, Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis: Excel lässt beim Öffnen einer CSV-Datei die führende Null von Postleitzahlen weg (aus 06108 wird 6108). Für Excel ist die Excel-Arbeitsmappe (.xlsx) die richtige Wahl; CSV ist für Word-Serienbriefe und andere Programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabellen und Netzwerkdateien (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.gexf *.graphml);;Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Netzwerkdateien (*.gexf *.graphml);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktualisiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>übersprungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dafür fehlt Ihrer Anmeldung an der Teamdatenbank die Berechtigung (Datensätze löschen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist schreibgeschützt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte in der Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beispiele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wird zu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile</source>
        <extracomment>the fields a column can feed: contacts, or relations (an edge list)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was passiert / Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Zeilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur abgelehnte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur vorhandene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur neue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neue Beziehungsart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer fragt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte 12 Monate</source>
        <extracomment>the status filter&apos;s entry for every inquiry not closed nor cancelled the period filter: label, days back (None: all)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte 3 Monate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source></source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angenommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erfolgreich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erfolgsquote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis zur ersten Vermittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis zum Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganze Karte</source>
        <extracomment>the closest view: a district seen 12 times larger than in the whole state a press that moves less than this many pixels is a click, not a drag per district (AGS): outline in widget pixels, label box, label text lines the lines of each label as painted: the name (one or two lines), the number zoom about the state&apos;s fitted picture: factor and the offset in pixels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganz Sachsen-Anhalt zeigen (Taste 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive Verbünde: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltungen (12 Monate): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfragen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lücken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lücken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive Verbünde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gewichtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nähe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenvektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Organisation passt zu diesen Filtern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Organisation ausgewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlerrolle (Betweenness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gewichtete Verbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kräfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach Landkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinschaft (Louvain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Landkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch nicht berechnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Verbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlerrolle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML-Seite zum Weitergeben (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letzter Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angelegt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Programm läuft weiter: Offene Fenster und Ihre Eingaben darin bleiben erhalten. Speichern Sie Ihre Eingaben am besten gleich. Bereits gespeicherte Daten sind nicht betroffen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einzelheiten stehen im Protokoll:
%1
Wenn Sie den Fehler melden, fügen Sie bitte die Angaben unten bei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einzelheiten zum Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokollordner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einzelheiten in die Zwischenablage kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seitdem ist noch ein Fehler aufgetreten; er steht nur im Protokoll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passend zur Art der Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unternehmen</source>
        <extracomment>the five numbers: (FigureData attribute, label, column width)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kursteilnehmende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurse entwickelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu den Mitgliedern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu den Veranstaltungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindlichkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterzeichnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beigetreten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgetreten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle fünf Erfolgsfaktoren erfüllt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Digitalisierung, Energiewende, Demografie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Auskunft enthält alles, was über die Person gespeichert ist – mit Zwecken, Herkunft und Empfängern – und ein Anschreiben. Ist die Person nicht gespeichert, den Namen einfach eintippen: Dann entsteht das Schreiben „keine Daten gespeichert“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, E-Mail-Adresse oder Nummer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dokument (zum Übergeben)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist kein vollständiger Name einer gespeicherten Person, passt aber zu diesen Einträgen. Bitte die Person aus der Liste wählen oder den vollständigen Namen eingeben:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Kontakte und Beratungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Einträge, davon %2 Beratungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Eintrag vom %1 (%2) löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Kontakt bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bei Veranstaltungen: wie viele teilnahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann wieder an diesen Kontakt gedacht werden soll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 2 Wochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wer sich darum kümmert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heute erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kein Verbund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teilnehmende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zuständig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erledigt am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: Bitte aus der Liste wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToVerbundDialog</name>
    <message>
        <source>Zu Verbund hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Organisation(en) als Mitglied aufnehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beigetreten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt noch keinen Verbund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToVerteilerDialog</name>
    <message>
        <source>Zu Verteiler hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorhandener Verteiler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neuer Verteiler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Einladung Fachtag Energie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n markierte Person(en) hinzufügen zu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffiliationDialog</name>
    <message>
        <source>Zuordnung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person zuordnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hauptzuordnung (erscheint in Listen und Anschriften)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abteilung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Als Excel speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach Landkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach WBA-Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelklick: diesen Landkreis im Netz zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welche Multiplikatoren fehlen oder sind nicht vernetzt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorgestellt: Beziehung eintragen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wen sollte man miteinander bekannt machen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lücken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschläge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennzahlen werden berechnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Teilnetze, das größte mit %2 Organisationen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne Verbindung: %1 · schwach verbunden: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichte: %1 · Modularität der Gruppen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehung eintragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haben sich „%1“ und „%2“ kennengelernt? Dann wird eine Netzwerkpartnerschaft ab heute eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennzahlen speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Antwort des Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlung an %1 vom %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bei Ablehnung: warum?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Antwort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Teilnehmende zuordnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name oder Organisation filtern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schon eingeteilt in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angehakt wechselt die Person hierher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch hat niemand zugesagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Personen eingeteilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 von %2 Plätzen belegt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Anwesenheit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer da war, bekommt ein Häkchen; wer zugesagt hat und fehlt, wird als „nicht erschienen“ vermerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name oder Organisation suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle angezeigten Personen als anwesend markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bei allen angezeigten Personen das Häkchen entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheit speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis: Die Veranstaltung hat noch nicht begonnen (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch niemand hat zugesagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 von %2 anwesend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Änderungsprotokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Wert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungsprotokoll exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Änderungen werden nach dem ersten Speichern aufgezeichnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Änderungsprotokoll dürfen auf der Teamdatenbank nur Anmeldungen mit der Rolle „Datenschutz“ lesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Einträge im Änderungsprotokoll. Einträge werden nach der eingestellten Aufbewahrungsfrist gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardSeatDialog</name>
    <message>
        <source>Beiratssitz bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in den Beirat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Beirat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch kein Beirat eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Personen im Beirat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Vorsitz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus dem Beirat entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 aus dem Beirat entfernen? Wer ausgeschieden ist, bekommt besser ein Datum unter „Bis“, damit die Geschichte erhalten bleibt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemDialog</name>
    <message>
        <source>Aufgabe bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Namensschilder drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig %1 – das Datum wandert mit dem Termin der Veranstaltung. Ein hier geändertes Datum bleibt fest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aufgabe: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fällig am:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>überfällig seit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Checkliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offen, davon %2 überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ von der Checkliste löschen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Inzwischen geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ wurde inzwischen %2 geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anderer Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch nicht gespeichert. Wählen Sie je Feld, welcher Wert gelten soll (ein Klick auf den Wert). Felder, die nur Sie geändert haben, werden so gespeichert, wie Sie sie eingegeben haben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die gespeicherte Fassung unterscheidet sich nur in Angaben, die dieses Formular nicht zeigt. Ihre Eingaben sind noch nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meine übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Felder so speichern, wie Sie sie eingegeben haben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeicherte übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Eingaben verwerfen und die gespeicherte Fassung anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auswahl speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurück zum Formular; nichts wird gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jetzt gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meine Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ursprünglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(auch von Ihnen geändert)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Widerruf erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbefristet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Anmeldebogen Netzwerktreffen 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Fassung 2025-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zweck: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültig &amp;bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quelle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fassung des Textes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für alle erfassen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageField</name>
    <message>
        <source>ganz Sachsen-Anhalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle 14 Landkreise und kreisfreien Städte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur am Sitz (keine weiteren Landkreise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>alle %n Landkreise</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Landkreis(e) gewählt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Art:</source>
        <extracomment>the districts each organisation serves beyond its seat („Zuständigkeit“)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig für:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindungen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlerrolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umfeld zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu Verbund hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Mitglied in einen Verbund aufnehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klicken Sie eine Organisation im Netz an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbunden mit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ganz Sachsen-Anhalt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryListView</name>
    <message>
        <source>Suchen (Strg+F) …</source>
        <extracomment>change topics that make the list refresh (see MainWindow._on_changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Filter zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Landkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle WBA-Regionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Schlagwörter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (gefiltert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Treffer für diese Filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Einträge. Mit Strg+N legen Sie den ersten an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictPanel</name>
    <message>
        <source>Landkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf einen Landkreis klicken, um ihn hier zu sehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelklick öffnet die Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelklick öffnet den Verbund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lücken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbünde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bänder zu anderen Kreisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region %1 · %2 Partner · %3 · %4 in den letzten 12 Monaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – inaktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Lücke: jede Art von Multiplikator ist vernetzt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Verbund nennt diesen Landkreis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Beziehungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zusammen: %1 (letzte 12 Monate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Mögliche Duplikate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensätze, die vermutlich dasselbe meinen: gleicher Name und Ort, gleiche E-Mail-Adresse oder ein ähnlicher Name im selben Landkreis. Ein Paar wählen und „Zusammenführen …“ – oder „Kein Duplikat“, dann erscheint es nicht wieder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktualisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suche nach möglichen Duplikaten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine möglichen Duplikate gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>Einladungslisten nehmen nur noch Personen mit Einwilligung auf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladungslisten: Einwilligung nur nötig, wo sie widerrufen wurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Veranstaltungen (30 Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Veranstaltung in den nächsten 30 Tagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überfällige Punkte der Veranstaltungs-Checklisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Checklisten sind im Plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Veranstaltung</source>
        <extracomment>line edits named like the EventData field they fill</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beteiligte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Weiterbildungskongress Ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbegrenzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = unbegrenzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusagen darüber hinaus kommen auf die Warteliste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beginn: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ende: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plätze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Tagungszentrum, Raum 2.14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– kein Landkreis –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link zum Stream oder zur Videokonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Veranstaltungsort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Straße:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PL&amp;Z / Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landkreis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online-Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltende Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation suchen und hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zugehörige Weiterbildungsverbünde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es sind noch keine Verbünde angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worum geht es? Zielgruppe, Ablauf, Hinweise für die Einladung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ende liegt vor dem Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dauer %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid (vor Ort und online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vor Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch offen (Ort oder Online-Link eintragen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Veranstaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pflichtfelder: Titel, Beginn und Ende. Alles andere geht auch später.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist trotzdem gespeichert. Passt der Termin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termin am selben Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventMailDialog</name>
    <message>
        <source>Einladung an Vorgemerkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erinnerung an Zugesagte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail an Auswahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in die E-Mail übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trennzeichen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adressen kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht per E-Mail erreichbar (%n):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Text ist zu lang für E-Mail-Links: Die E-Mails öffnen ohne Text. Bitte „Text kopieren“ und in die E-Mail einfügen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niemand in dieser Auswahl ist per E-Mail erreichbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail-Programm (Blindkopie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwischenablage (Adressen kopiert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n Adressen in der Zwischenablage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in der Zwischenablage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Veranstaltung, Ort oder Verbund suchen …</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Veranstaltung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachbereitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Veranstaltungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Veranstaltung gewählt. Planen Sie mit „Neue Veranstaltung“ eine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltung löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ mit Programm, Einladungsliste und Checkliste löschen? Die Teilnahmen verschwinden dann auch aus der Kontakthistorie und den Kennzahlen der Verbünde. Eine Veranstaltung, die nicht stattfindet, setzen Sie besser auf „abgesagt“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar-Datei (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n markierte Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n neu im Verteiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n im Verteiler „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niemand ausgewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exportieren: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serienbrief-Spalten: Anrede, Briefanrede, Anschrift nach DIN 5008</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für den Druck: nur die wichtigsten Spalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur %1 – so bleibt die Schrift auf A4 quer gut lesbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n %1 werden exportiert, wie die Liste sie zeigt (Filter, Sortierung, sichtbare Spalten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportieren nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte eine Zieldatei angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Ordner „%1“ gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export läuft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert: %1 (%n Zeilen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Kennzahlen bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennzahlen erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leer lassen, was nicht bekannt ist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>Kennzahlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennzahlen erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratungen für den Verbund oder mit seinen Mitgliedern, die Unternehmen (und KMU) darunter, Teilnehmende an Veranstaltungen des Verbunds. Entwickelte Kurse lassen sich nicht zählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Aus der Kontakthistorie gezählt&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Kennzahlen übernehmen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennzahlen löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kennzahlen für %1 – %2 löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Datei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-, LibreOffice- oder CSV-Datei mit Organisationen und/oder Personen, eine Beziehungsliste oder ein Netz aus Gephi (GEXF, GraphML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: gespeicherte Zuordnung (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage herunterladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Excel-Datei mit den erwarteten Spalten, einer Beispielzeile und Erläuterungen speichern, zum Ausfüllen und Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welche Vorlage gespeichert wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tabellenblatt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zuordnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importvorlage Beziehungen.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importvorlage.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage gespeichert: %1 – ausfüllen, speichern und hier wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Netzwerkdatei: ein Netz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte eine Datei wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Tabellenblatt ist leer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Darstellung</source>
        <extracomment>check boxes and combo boxes of the panel&apos;s state (``state_dict``); &quot;grouping&quot; once the panel has such a combo box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen zu Blasen zusammenfassen; Doppelklick oder Hineinzoomen öffnet eine Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu anordnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farbe nach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Größe nach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppieren nach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anordnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blick auf eine Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name … (leer: ganzes Netz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umfeld: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Schritt(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An einem Stichtag zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Regionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwörter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungsarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (nichts angehakt: alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auch inaktive Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen einblenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Personen der gezeigten Organisationen; nur für eine kleine Auswahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeinsame Verbünde verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen, die im selben Weiterbildungsverbund sind, verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsere Agentur mit den Partnern verbinden, an die sie Anfragen vermittelt hat; je mehr Vermittlungen, desto stärker (bis zum gewählten Tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stärke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <source>Wiedervorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Wiedervorlage überfällig oder in den nächsten Tagen fällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 überfällig, %2 in den nächsten %3 Tagen fällig · &lt;a href=&apos;followups&apos;&gt;alle Wiedervorlagen …&lt;/a&gt; · &lt;a href=&apos;cadence&apos;&gt;Kontakt überfällig: %4 Organisationen&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Keine Veranstaltung gewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachbericht (Excel) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm als PNG …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil der Zugesagten, die teilgenommen haben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art der Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Art der Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Landkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 Personen auf der Liste (davon %4 nur vorgemerkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachbericht speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG-Bild (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Wiedervorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur meine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Wiedervorlagen für diese Auswahl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt öffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die gewählten Wiedervorlagen als heute erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlagen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt überfällig (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen, deren letzter Kontakt länger zurückliegt als vereinbart („Kontakt alle … Tage“, sonst der Wert ihrer Art), wichtigste zuerst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Kein Verbund gewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthSettingsDialog</name>
    <message>
        <source>Gesundheitscheck der Verbünde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab wann gilt ein Erfolgsfaktor als erfüllt? Die Werte gelten für alle, die mit dieser Datenbank arbeiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder mit Kooperationsvereinbarung, mindestens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung von Mitgliedsunternehmen in den letzten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informations-/Dialogveranstaltung in den letzten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnung, wenn die Förderung endet in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>%1 – Benutzerhandbuch</source>
        <extracomment>the pages in the order of the contents; the file of a page is ``&lt;name&gt;.html``; the area pages carry the key of their area in the main window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige Seite (Alt+Links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vor ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Seite (Alt+Rechts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erste Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zur Übersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In der Hilfe suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links bleiben die Seiten mit dem Wort; Eingabe springt zur nächsten Fundstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Seite(n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts gefunden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Verlauf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n Statusänderung(en)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Kontakt löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Eintrag vom %1 löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Importverlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rückgängig …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ergebnis&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verwendete Spaltenzuordnung&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeder Import mit Datum, Benutzer, Datei und Ergebnis. „Import rückgängig“ entfernt, was der Import angelegt hat, und stellt überschriebene Werte wieder her – sofern die Datensätze seitdem nicht geändert wurden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Importe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, Blatt „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importiert am %1 von %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import „%1“ vom %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lässt sich nicht vollständig rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest rückgängig machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Datensätze bleiben, wie sie sind. Für den Rest gilt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rückgängig machen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig machen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiter &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InquiryPanel</name>
    <message>
        <source>Wer fragt:</source>
        <extracomment>something of the inquiry was saved here (the list shows the new state)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status ändern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vermitteln …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An andere Organisation …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail an Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnet eine E-Mail mit der Zusammenfassung der Anfrage an den Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passende Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie links eine Anfrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passende Partner werden gesucht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein passender Partner gefunden: Themen oder Landkreis prüfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, die besten zuerst. Doppelklick vermittelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlungen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Anfrage bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Anfrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was wird gesucht? Beruf, Ziel, Zeitrahmen … (ohne Namen: geht an Partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Anliegen steht in der E-Mail an den Partner, auch ohne Einverständnis zur Weitergabe: bitte keine Namen oder Kontaktdaten hineinschreiben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– niemand –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eingang am: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingang ü&amp;ber: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wer fragt: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landkreis: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themen: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anliegen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dringlichkeit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zuständig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer fragt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+Eingabe speichert. * Pflichtfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einverstanden, später nach dem Ergebnis gefragt zu werden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name und Kontakt dürfen an Partner weitergegeben werden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur erfassen, was die Vermittlung braucht. Ratsuchende erscheinen nicht in Listen, Verteilern und im Netzwerk und werden nach Abschluss automatisch anonymisiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nachname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechtsgrundlage: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unternehmen im Verzeichnis suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oder Name eines neuen Unternehmens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt darf an Partner weitergegeben werden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unternehmen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neues Unternehmen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson (freiwillig):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Alle Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Organisation, E-Mail suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladungsliste erweitern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person einladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladung an Vorgemerkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erinnerung an Zugesagte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Auswahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnehmerliste (Excel) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei (.ics) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheit erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Veranstaltung gewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Personen hinzugefügt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nicht eingeladen (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status nicht gesetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Person(en) von der Liste genommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von der Einladungsliste entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Person(en) von der Einladungsliste entfernen?
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Verlauf und eine erfasste Anwesenheit gehen dabei verloren. Wer nur nicht kommt, bekommt besser den Status „abgesagt“.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitePersonDialog</name>
    <message>
        <source>Person einladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: Bitte aus der Liste wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Daten behalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warum bleiben die Daten der %1 gespeichert, und wann soll wieder geprüft werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Mitglied im Beirat bis 2028</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nächste Überprüfung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendList</name>
    <message>
        <source>Legende: Farbe und Anzahl der gezeigten Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedTable</name>
    <message>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotsenCommands</name>
    <message>
        <source>Offene Anfragen</source>
        <extracomment>open inquiries the card shows at most</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine offene Anfrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Anfragen (%1, die ersten %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotsenView</name>
    <message>
        <source>Nr., Unternehmen oder Anliegen suchen …</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen (neu bis vermittelt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Anfrage …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auswertung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>E-Mail an: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trennzeichen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betreff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adressen kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne E-Mail-Adresse (%n) – bitte anders erreichen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niemand in dieser Liste hat eine E-Mail-Adresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail-Programm (Blindkopie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwischenablage (Adressen kopiert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n Adressen in der Zwischenablage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbünde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Organisationen zeigen</source>
        <extracomment>the filters besides the kinds (from the network&apos;s „Karte“ button)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bänder zwischen Landkreisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Organisationen dieser Arten (keine Auswahl: alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Filter zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darstellung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreise färben nach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arten (Farbe der Punkte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Karte als Bild (PNG), SVG oder PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Regionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwörter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungsarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindeststärke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auch inaktive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus dem Netzwerk übernommen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karte wird berechnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Organisationen in %2 Landkreisen · Klick auf einen Landkreis zeigt seine Partner, Lücken und Verbünde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Organisationen auf der Karte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karte exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Spalten zuordnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschlag aus den Spaltenüberschriften; ein Klick auf „wird zu“ ändert ihn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Beziehungsliste importieren (Organisation – Beziehung – Organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuordnung speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überschriften stehen in Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungsliste erkannt: Jede Zeile wird als Beziehung zwischen zwei Organisationen importiert, nicht als Kontakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktliste: Jede Zeile ist eine Organisation und/oder eine Person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuordnung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuordnung (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuordnung gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zwei Spalten als „Organisation (von)“ und „Organisation (zu)“ zuordnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte mindestens eine Spalte als Organisation oder als Name zuordnen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixCanvas</name>
    <message>
        <source>Interesse →</source>
        <extracomment>up to this many dots they get a white outline dots this wide or wider are drawn round (smaller ones as squares: same look, faster)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einfluss →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einfluss %1 · Interesse %2 · Haltung: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Die Matrix als Bild (PNG, SVG, PDF) speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Haltung:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen ohne Angabe zu Einfluss oder Interesse anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelklick: Organisation öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix wird zusammengestellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Organisation dieser Auswahl ist nach Einfluss und Interesse eingestuft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Organisation passt zu diesen Filtern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Einstufung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts zu exportieren: die Matrix ist leer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte als .png, .svg oder .pdf speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Mitglied bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beigetreten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ausgetreten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbindlichkeit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unterzeichnet am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprech&amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus dem Verzeichnis …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen im Verzeichnis markieren und mit „Zu Verbund hinzufügen“ übernehmen (auch aus dem Netzwerk möglich).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgetretene zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 aktive Mitglieder, davon %2 mit unterzeichneter Vereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 ausgetreten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ aus dem Verbund entfernen? Wer ausgetreten ist, bekommt besser ein Austrittsdatum, damit die Geschichte erhalten bleibt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Organisationen</source>
        <extracomment>a value longer than this is cut in the radio button (the tooltip has it whole)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erhalten bleibt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie, welcher Datensatz erhalten bleibt und welchen Wert jedes Feld bekommt. Alles, was mit dem anderen Datensatz verknüpft ist, wird übernommen; danach wird der andere Datensatz gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensatz A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensatz B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beide Texte nacheinander übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ wird danach gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts wurde zusammengeführt. Die beiden Datensätze werden neu geladen; bitte die Auswahl prüfen und noch einmal zusammenführen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>%1: %2 Organisationen – Doppelklick öffnet die Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Ansicht einpassen</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes) the „Karte“ button: the map of the districts with these filters a picture was drawn (the views bar applies a saved zoom then) the last unfocused network without people, for a quick &quot;Umfeld&quot; (see _quick_ego)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bild der aktuellen Ansicht (PNG, SVG, PDF) oder Netz für Gephi (GEXF, GraphML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieselbe Auswahl als Karte der Landkreise zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netz wird aufgebaut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Organisationen, %2 Verbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netz exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts zu exportieren: das Netz ist leer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte als .png, .svg, .pdf, .gexf oder .graphml speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Hinweis ausblenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Leistung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leistung hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Leistung gilt überall, wo die Organisation ihren Sitz hat oder zuständig ist; ändert sich die Zuständigkeit, folgt die Leistung ihr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. nur für Metallberufe, Termine nach Absprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thema: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel&amp;gruppen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine gewählt: für alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landkreise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansprechperson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreise: Bitte mindestens einen wählen oder „%1“ ankreuzen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zielgruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leistung hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leistung entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Leistung „%1“ entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Stammdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person zuordnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehung hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leistungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen zur Organisation, Absprachen, Hintergründe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Landkreise, für die die Organisation über ihren Sitz hinaus zuständig ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Metall, Logistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durch Komma getrennt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie oft jemand mit der Organisation in Kontakt sein sollte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktiv (in Listen und Auswertungen enthalten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kurzname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landkreis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Straße:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLZ, Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlag&amp;wörter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Größe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einfluss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interesse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Haltung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt &amp;alle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig &amp;für:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie Art (%1 Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie Art (keine Vorgabe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen, Beziehungen und Leistungen lassen sich nach dem Speichern ergänzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zuständig für %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · inaktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Personen (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beziehungen (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leistungen (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Beziehung löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehung „%1 %2“ löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Ergebnis der Vermittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittlung an %1 vom %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingMixin</name>
    <message>
        <source>Einladung per E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladung verschickt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die %1 angeschriebenen Personen von „vorgemerkt“ auf „eingeladen“ setzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf „eingeladen“ setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht jetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnehmerliste speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheit gespeichert: %1 teilgenommen, %2 nicht erschienen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Zusammenführen mit …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ zusammenführen mit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Kontaktdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation zuordnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durch Komma getrennt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anrede, Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nachname: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bevorzugter Kanal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlag&amp;wörter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen lassen sich nach dem Speichern zuordnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Phase wechseln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Kooperationsvereinbarung unterzeichnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasesTab</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase wechseln …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzten Wechsel zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktuelle Phase: %1 seit %2 · %3 Wechsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Wechsel zu „%1“ (seit %2) zurücknehmen? Der Verbund ist dann wieder in „%3“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureHeader</name>
    <message>
        <source>Exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Vorschau prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch ist nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bei vorhandenen Einträgen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzeigen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorschau wird berechnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV für Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySettingsPage</name>
    <message>
        <source> Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Monaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überprüfen nach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen ohne Kontakt und ohne Teilnahme seit so vielen Jahren erscheinen in der Überprüfungsliste (Extras › Datenschutz). Gilt für alle, die mit dieser Datenbank arbeiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende anonymisieren nach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratsuchende (Personen, die nur wegen einer Anfrage gespeichert sind) werden so viele Monate nach dem Abschluss ihrer letzten Anfrage beim Start automatisch anonymisiert. Gilt für alle, die mit dieser Datenbank arbeiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungsprotokoll aufbewahren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ältere Einträge werden beim Start gelöscht (Standard: 3 Jahre = 1095 Tage). Gilt für alle, die mit dieser Datenbank arbeiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokolldateien aufbewahren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ältere Protokolldateien von WBA Desktop auf diesem PC werden beim Start gelöscht. Wie lange Sicherungen aufbewahrt werden, steht unter „Sicherung“.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>(nicht angegeben)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Visitenkarte Kongress 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht informiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verarbeitung eingeschränkt (Art. 18): in keiner Liste, keinem Export, keiner E-Mail, Einladung oder Karte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Widerspruch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerspruch (Art. 21): beendet alles, was auf berechtigtem Interesse beruht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angaben speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechtsgrundlage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herkunft der Daten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Informiert am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Widerspruch am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerruf erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Einwilligungen&lt;/b&gt; – Stand heute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf (nichts wird überschrieben):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Programm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmpunkt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnehmende zuordnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer zugesagt hat, in einen Workshop oder parallelen Programmpunkt einteilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei für Referent/in …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Programmpunkte · Veranstaltung %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 laufen parallel (‖)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 eingeteilte Teilnehmende verlieren ihre Zuordnung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmpunkt löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ aus dem Programm löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei für %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeCombo</name>
    <message>
        <source>Mit einem Zweck bleiben Personen ohne Einwilligung dafür (wo die Einwilligung ihre Rechtsgrundlage ist) außen vor; eingeschränkte Personen immer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeForm</name>
    <message>
        <source>Neuer Einwilligungszweck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungszweck bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Mitgliederbefragung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ans Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wird angeboten (aktiv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bezeichnung: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrei&amp;bung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reihenfolge:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzwischen gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als neuen Eintrag speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Eingaben stehen noch im Formular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Möglicherweise doppelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trotzdem anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorhandene öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Änderungen wurden noch nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuordnung entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 von %2 lösen? Person und Organisation bleiben erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Name eingeben und aus der Liste wählen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Bearbeiten …</source>
        <extracomment>when an extra button or action is enabled: with an owner, or with a selected row</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Vermitteln</source>
        <extracomment>days until the follow-up of a new referral</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vermittlung steht danach in der Kontakthistorie des Partners; die Wiedervorlage erscheint auf der Startseite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson (freiwillig) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansprechperson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vermittelt am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: Bitte eine Organisation wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Stammdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zuordnung der Landkreise zu den WBA-Regionen ist aus den Bezirken der Agenturen für Arbeit abgeleitet (Nord: Magdeburg, Süd: Halle, West: Halberstadt, Ost: Dessau-Roßlau) und nicht für jeden Landkreis bestätigt. Weicht die Zuständigkeit ab, passen Sie die WBA-Region hier an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreissitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kfz-Kennzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region ändern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Farbe kennzeichnet die Art in Netzwerkgrafiken. Multiplikatoren tragen die Angebote der WBA weiter; Unternehmen und Schulen sind die Zielgruppe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Organisationsart …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungsarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gerichtete Beziehungen lesen sich je nach Blickrichtung anders (vorwärts von A nach B „ist Mitglied von“, rückwärts „hat als Mitglied“); ungerichtete haben eine Bezeichnung für beide Seiten, z. B. „kooperiert mit“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung vorwärts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung rückwärts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gerichtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Beziehungsart …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligungszwecke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wofür Personen einwilligen können (Newsletter, Einladungen, Fotos, Netzwerkkarten). Ein Zweck mit Einwilligungen wird nicht gelöscht, sondern deaktiviert: Sein Verlauf bleibt lesbar, neu erfasst wird er nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reihenfolge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Zweck …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themen der Leistungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Themen, zu denen Partner Leistungen anbieten und Anfragen gestellt werden (Weiterbildungsberatung, Förderberatung, Umschulung …). Ein Thema wird nicht gelöscht, sondern deaktiviert: Bei den Leistungen bleibt es stehen, neu gewählt wird es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Thema …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionForm</name>
    <message>
        <source>WBA-Region ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WBA-Region:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Beziehung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Beziehung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beziehung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stärke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit: Bitte eine Organisation aus der Liste wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationPreviewPage</name>
    <message>
        <source>Vorschau: Beziehungen importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch ist nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehlende Organisationen anlegen (Art „Sonstige“)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Beziehungsarten anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur die gültigen Zeilen importieren (abgelehnte auslassen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorschau wird berechnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht in der Datenbank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> und %1 weitere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbekannte Beziehungsarten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Zeile(n) abgelehnt (rot, Grund unter „Hinweis“): Bitte die Datei berichtigen, oder nur die gültigen Zeilen importieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Beziehungsarten anlegen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV für Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationTypeForm</name>
    <message>
        <source>Neue Beziehungsart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beziehungsart bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Mitgliedschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gerichtet (je Blickrichtung eine eigene Bezeichnung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. ist Mitglied von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. hat als Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bezeichnung: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung &amp;vorwärts: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung &amp;rückwärts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung: „%1“ gibt es schon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>ganz Sachsen-Anhalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht als Excel …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Bericht für das Ministerium (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auswertung wird berechnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, davon %3 vermittelt · %4 · Median: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu welchem Stand soll die Datenbank zurückkehren? Die Sicherung wird vorher vollständig geprüft, und der jetzige Stand wird gesichert, bevor er ersetzt wird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesichert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere Datei …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Sicherungsordner liegt noch keine Sicherung dieser Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen (*.sqlite3 *.zip);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung ist in Ordnung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den jetzigen Stand durch die Sicherung ersetzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ersetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank enthält jetzt %1. Dieser Stand wird zuerst gesichert und dann durch „%2“ ersetzt. Alle, die gerade mit der Datenbank arbeiten, sehen danach den wiederhergestellten Stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der vorherige Stand ist gesichert in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Überprüfungsliste (Speicherbegrenzung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen ohne Aktivität und ohne Teilnahme an einer Veranstaltung seit mindestens so vielen Jahren. Nicht mehr benötigte Daten anonymisieren, die übrigen mit Grund und nächstem Prüftermin behalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne Kontakt seit mindestens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Jahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Behalten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymisieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ohne Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daten behalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisieren (Art. 17 DSGVO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unwiderruflich anonymisieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwiderruflich anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namen, Kontaktdaten, Zuordnungen und Texte über sie werden entfernt; Einladungen und Teilnahmen bleiben anonym für die Statistik. Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importverlauf anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles oder nichts: bricht der Import ab, bleibt alles wie es war.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import läuft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import abgeschlossen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, Person, Verbund, Veranstaltung – z. B. „koethen“, „strasse“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ wählen · Enter öffnet · Esc schließt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Suche ist fehlgeschlagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Enter öffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Treffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die ersten %1 von %2 – bitte die Suche verfeinern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle %1 %2 anzeigen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inaktiv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Programmpunkt bearbeiten</source>
        <extracomment>set on the dialog, so a red error frame on the list keeps the row spacing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Programmpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uhr (Veranstaltung: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Begrenzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person suchen und hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zeit: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plätze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitwirkende:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>läuft parallel zu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ausgebucht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allgemein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihr Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erscheint bei „geändert von“ und wenn andere gleichzeitig mit derselben Datenbank arbeiten. Leer: Ihr Anmeldename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsere Agentur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Organisation Ihrer Weiterbildungsagentur im Verzeichnis. Gilt für alle, die mit dieser Datenbank arbeiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurzeit geöffnet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigene Datenbankdatei auf diesem PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamdatenbank (PostgreSQL-Server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leer: die Datei im Datenordner von WBA Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine geänderte Verbindung gilt ab dem nächsten Start von WBA Desktop. Ein Start mit --db oder WBA_DATABASE_URL hat Vorrang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeden Tag beim ersten Start eine Sicherung anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbegrenzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufbewahren, höchstens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Älter als … löschen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte Sicherung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusätzlich wird vor jedem Update, jedem Import und jeder Wiederherstellung gesichert. Sicherungen gelten für die eigene Datenbankdatei; die Teamdatenbank sichert der Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– (die Teamdatenbank sichert der Server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbankdatei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Datenbank (*.sqlite3);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Einladungsliste erweitern</source>
        <extracomment>how many new people the preview lists by name how many names of people without consent the preview text names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte mindestens eine Quelle wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„vorgemerkt“: noch nicht angeschrieben (die Einladung geht später per E-Mail hinaus); „eingeladen“: die Einladung ist schon verschickt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Personen &amp;als:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch kein Verteiler angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbünde (Ansprechpersonen der Mitglieder und Beirat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch kein Verbund angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Beschäftigten der Mitgliedsorganisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen nach Merkmalen (optional, bezogen auf die Organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art der Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkmale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 neue Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 schon auf der Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nicht eingeladen (%3): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inaktiv (nicht eingeladen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… und %1 weitere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Überfällige Meilensteine und Aufgaben</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts überfällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderung endet bald – ohne Verstetigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Verbund betroffen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heute, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 überfällige Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ist „%2“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neuer Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>%1 bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fällig am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verantwortlich:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortlich: Bitte eine Person aus der Liste wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>überfällig seit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Aufgabe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Meilenstein …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur offene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offen, davon %2 überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDatabaseForm</name>
    <message>
        <source>Passwort in der Anmeldeverwaltung des Betriebssystems speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem PC gibt es keine Anmeldeverwaltung; das Passwort wird beim Start abgefragt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benutzer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Kein Verbund gewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als PNG speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phasen, Meilensteine und Veranstaltungen von „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitleiste speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <source>Neues Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Gründungsberatung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wird angeboten (aktiv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inaktive Themen bleiben bei den Leistungen, werden aber nicht mehr angeboten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bezeichnung: *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Daten in die Teamdatenbank übertragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Daten dieser Datenbank werden in die Teamdatenbank kopiert, in einem Schritt: kommt die Übertragung nicht zu Ende, bleibt die Teamdatenbank, wie sie war. Diese Datenbank bleibt unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übertragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte ausfüllen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Teamdatenbank enthält schon Daten. Ersetzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ersetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übertragen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Künftig die Teamdatenbank verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bei der eigenen Datei bleiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soll WBA Desktop ab dem nächsten Start mit der Teamdatenbank arbeiten? Die eigene Datei bleibt erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeForm</name>
    <message>
        <source>Neue Organisationsart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsart bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Stiftung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farbe wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen dieser Art tragen Angebote der WBA in ihr Netzwerk weiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Vorgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie oft Organisationen dieser Art kontaktiert werden sollten, wenn bei der Organisation selbst nichts eingetragen ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bezeichnung: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Farbe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontakt alle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farbe wählen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UninformedDialog</name>
    <message>
        <source>Noch nicht informiert (Art. 14 DSGVO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informationsschreiben (Serienbrief) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als informiert markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für die Auswahl „informiert am“ auf heute setzen (nach dem Versand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Personen wurden vor mehr als 30 Tagen angelegt und noch nicht über ihre Daten informiert (Art. 14 DSGVO: spätestens nach einem Monat). Ohne Auswahl gilt der Serienbrief für alle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Personen sind informiert – niemand wartet länger als 30 Tage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serienbrief speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serienbrief gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Serienbrief für %1 Personen wurde gespeichert:
%2

Nach dem Versand die Personen auswählen und „Als informiert markieren“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serienbrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für %1 Personen „informiert am“ auf heute setzen? Bitte erst, wenn das Informationsschreiben verschickt ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerbundCommands</name>
    <message>
        <source>Organisationen markieren (Strg/Umschalt + Klick) und „Zu Verbund hinzufügen …“ wählen (Rechtsklick oder Menü Bearbeiten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 aufgenommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schon Mitglied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerbundDialog</name>
    <message>
        <source>Weiterbildungsverbund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziele und Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Automobilzulieferer, Metall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordinierende Organisation suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kurzname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase seit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Koordination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Bundesprogramm „Aufbau von Weiterbildungsverbünden“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie geht es nach der Förderung weiter? (Verstetigung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förderprogramm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förderkennzeichen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderbeginn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verstetigung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziele des Verbunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen, Absprachen, Hintergründe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ziele:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Weiterbildungsverbund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pflichtfeld ist nur der Name; alles andere lässt sich später ergänzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Landkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Phase wechseln Sie im Reiter „Phasen“.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerbundEventsTab</name>
    <message>
        <source>Neue Veranstaltung für den Verbund …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltung öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Veranstaltungen, davon %2 durchgeführt · %3 Teilnahmen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerbundView</name>
    <message>
        <source>Verbund oder Koordination suchen …</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Verbund …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht (Excel) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überblick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beirat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilensteine und Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennzahlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte und Beratungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitleiste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 von %2 Verbünden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterbildungsverbünde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch kein Verbund gewählt. Legen Sie mit „Neuer Verbund“ einen an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbund löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ mit Mitgliedschaften, Phasen, Aufgaben und Kennzahlen löschen? Die Organisationen und Personen bleiben erhalten. Ein beendeter Verbund bleibt besser in der Phase „Beendet“ stehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbundbericht speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerteilerDialog</name>
    <message>
        <source>Verteiler bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer dynamischer Verteiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Verteiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder fügen Sie in der Personenliste hinzu: Personen markieren, dann „Zu Verteiler hinzufügen …“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer gehört dazu? (je Liste: eines der Merkmale genügt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Geschäftsf, Personal (durch Komma getrennt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art der Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBA-Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwort der Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwort der Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funktion enthält</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte mindestens ein Merkmal wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passt derzeit auf %n aktive Person(en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerteilerView</name>
    <message>
        <source>Neuer Verteiler …</source>
        <extracomment>change topics that make the area refresh (see MainWindow._on_changes) „Einwilligung erfassen …“ for the members of the current Verteiler</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer dynamischer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus Verteiler entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail an alle …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung oder Widerruf für alle Personen des Verteilers erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch kein Verteiler. Legen Sie einen an: statisch (Personen von Hand ausgewählt) oder dynamisch (alle, die zu einem Filter passen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Verteiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamisch – </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statisch – Personen von Hand ausgewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweck: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verteiler löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verteiler „%1“ löschen? Die Personen selbst bleiben erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsBar</name>
    <message>
        <source>Gespeicherte Ansicht mit einem Klick wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansicht speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umbenennen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansicht exportieren (Bild, HTML-Seite) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Positionen neu berechnen (auch von Hand gesetzte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansicht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Ansicht wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gespeichert von %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansicht speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der Ansicht (Filter, Farben, Größen, Fokus und Ausschnitt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Ansicht „%1“ gibt es schon. Überschreiben?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überschreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansicht „%1“ gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansicht umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansicht löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Ansicht „%1“ für alle löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeicherte Ansichten gelten für alle, die mit dieser Datenbank arbeiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansicht exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansicht wird exportiert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mit %1 Personen; im Auskunftsprotokoll vermerkt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Willkommen bei WBA Desktop</source>
        <extracomment>``load_demo(progress, cancelled)``: writes the demo data, returns its summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist noch leer. Möchten Sie das Programm mit Demodaten kennenlernen (rund 300 Organisationen und 800 erfundene Personen aus allen Landkreisen Sachsen-Anhalts, sieben Weiterbildungsverbünde und zehn Veranstaltungen, darunter ein Kongress mit 150 Teilnehmenden), oder gleich mit Ihren eigenen Daten beginnen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit Demodaten starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leer beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demodaten werden angelegt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fertig: %1 Organisationen, %2 Personen, %3 Verbünde, %4 Veranstaltungen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Zusammenführen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Duplikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieses Paar ist kein Duplikat: es erscheint nicht wieder in der Liste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <source>Wird abgebrochen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
