; Per-user Windows installer for the bundle in dist\interreg (built on Windows by
; `python scripts\build_bundle.py`). Compile with Inno Setup 6:
;   iscc /DAppVersion=0.1.0 packaging\windows\interreg.iss
; No admin rights: installs under %LOCALAPPDATA%\Programs, writes only HKCU.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppTitle "Межрегиональное сотрудничество"

[Setup]
AppId={{5C0F3B1E-7A52-4E8B-9A51-2E6C9F0B7D41}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppPublisher=interreg
DefaultDirName={autopf}\interreg
DefaultGroupName={#AppTitle}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=interreg-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\interreg.ico
UninstallDisplayIcon={app}\interreg.exe
UninstallDisplayName={#AppTitle}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\interreg\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppTitle}"; Filename: "{app}\interreg.exe"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\interreg.exe"; Tasks: desktopicon

[Registry]
; Double-clicking a clerk's database (*.interreg) opens it; per user, removed with the program.
Root: HKCU; Subkey: "Software\Classes\.interreg"; ValueType: string; ValueName: ""; ValueData: "interreg.database"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\interreg.database"; ValueType: string; ValueName: ""; ValueData: "База данных «{#AppTitle}»"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\interreg.database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\interreg.exe,0"
Root: HKCU; Subkey: "Software\Classes\interreg.database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\interreg.exe"" ""%1"""

[Run]
Filename: "{app}\interreg.exe"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent
