; Inno Setup script (6.3 or later) for the crdesk Windows installer. Built by `python installer\build.py`,
; which runs PyInstaller first and then:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=<repo>\dist\crdesk /DOutputDir=<repo>\dist installer\windows\crdesk.iss
; Checked on Linux by installer/check_iss.py (sections, required keys, every referenced file exists).
;
; Install for the current user (no administrator rights, %LOCALAPPDATA%\Programs\crdesk) or, chosen in the first
; dialog or with /ALLUSERS, for all users (Program Files\crdesk). A newer version installs over the old one in
; place (same AppId, same folder); the user's data (database, backups, log in %LOCALAPPDATA%\crdesk) and
; preferences (registry HKCU\Software\crdesk) are never in {app} and are kept by upgrades and by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir SourcePath + "..\..\dist\crdesk"
#endif
#ifndef OutputDir
  #define OutputDir SourcePath + "..\..\dist"
#endif
#define AppExe "crdesk.exe"

[Setup]
; Never change AppId: it is how an upgrade finds the installed version.
AppId={{6F0C2B8E-3A51-4D7B-9E2C-5C1D8A4F7B30}
AppName=crdesk
AppVerName=crdesk {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=crdesk
AppComments=Customer service center desk: clients, complaints, plans, deliveries, vehicles
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\crdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
RestartApplications=no
OutputDir={#OutputDir}
OutputBaseFilename=crdesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\crdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=crdesk {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; The Chinese wizard needs the (unofficial) ChineseSimplified.isl in Inno Setup's Languages folder; without it
; the installer is built in English only.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's files completely, so no module of the old version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\crdesk"; Filename: "{app}\{#AppExe}"; Comment: "Customer service center"
Name: "{autodesktop}\crdesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,crdesk}"; Flags: nowait postinstall skipifsilent
