; Inno Setup 6 script: per-user setup of WBA Desktop, without administrator rights.
;
; Build the program folder first (docs\windows-build.md), then from the repository root:
;   iscc installer\wba-desktop.iss
; Result: installer\Output\WBA-Desktop-Setup-<version>.exe
;
; - installs into %LOCALAPPDATA%\Programs\WBA Desktop (no admin rights, no UAC prompt)
; - a fixed AppId: a newer setup upgrades the installed version in place
; - the user's data (database, backups, logs, settings in einstellungen.ini) lives in
;   %APPDATA%\WBA Sachsen-Anhalt\WBA Desktop (wba_desktop\paths.py) and is never touched
;   by the setup: kept on upgrade and on uninstall
; - silent install for IT:  WBA-Desktop-Setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   with a desktop icon:    ... /TASKS="desktopicon"
;   silent uninstall:       "%LOCALAPPDATA%\Programs\WBA Desktop\unins000.exe" /VERYSILENT
;
; Not verified on Windows here (written and checked on Linux, where iscc does not run).

#define AppName "WBA Desktop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "Weiterbildungsagentur Sachsen-Anhalt"
#define AppExe "WBA Desktop.exe"
#define SourceDir "..\dist\WBA Desktop"

[Setup]
; never change this GUID: it is how a newer setup finds the installed version
AppId={{6B0E6F5C-3C1D-4E8A-9A57-2F4B8D1C7E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} Setup
; per user, no administrator rights; the user may not switch to an all-users install
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
UsePreviousTasks=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=Output
OutputBaseFilename=WBA-Desktop-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; a running WBA Desktop is closed for the upgrade (its data is saved as it goes)
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
; Code signing: define a sign tool in the Inno Setup IDE (Tools > Configure Sign
; Tools) or on the command line, e.g.
;   iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" installer\wba-desktop.iss
; then remove the ";" below: the setup and its uninstaller are signed. Sign the
; program files in dist\WBA Desktop before (docs\windows-build.md).
;SignTool=signtool
;SignedUninstaller=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.DesktopIcon=Symbol auf dem &Desktop anlegen
en.DesktopIcon=Create a &desktop icon
de.LaunchApp={#AppName} starten
en.LaunchApp=Start {#AppName}

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the program files completely (no stale libraries of the old
; version); the user's data is elsewhere and untouched
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] deliberately lists nothing of %APPDATA%\WBA Sachsen-Anhalt: the
; database, its backups, the logs and the settings stay when the program is removed.
