; Inno Setup 6 script for rsdesk on Windows: a per-user install (no administrator rights),
; Russian first, and a «Переносная версия» task for a USB stick.
;
; Build on Windows, from the repository root:
;   python packaging\render_icons.py --check
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\rsdesk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\rsdesk.iss
; The installer is written to dist\rsdesk-<version>-setup.exe.
;
; Portable: the task writes the file `rsdesk-portable` beside rsdesk.exe. rsdesk then keeps its
; settings, service files and backups in `rsdesk-data` beside it (rsdesk/paths.py) and nothing
; in %APPDATA% / %LOCALAPPDATA%; no shortcuts and no uninstaller entry are made, so nothing of
; it stays on the computer the stick was plugged into.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{2022EB7A-E381-4BC7-9614-5D010D7CB10C}
AppName=rsdesk
AppVersion={#AppVersion}
AppVerName=rsdesk {#AppVersion}
AppPublisher=rsdesk
AppComments=Рабочее место службы примирения
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=rsdesk-{#AppVersion}-setup
SetupIconFile=packaging\windows\rsdesk.ico
UninstallDisplayIcon={app}\rsdesk-gui.exe
; Per user: a curator on a school PC usually has no administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\rsdesk
DefaultGroupName=rsdesk
DisableProgramGroupPage=yes
; The folder page stays: the portable version is installed onto the USB stick chosen here.
DisableDirPage=no
Uninstallable=not IsPortable
CreateUninstallRegKey=not IsPortable
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Explorer learns the file types below at the end of the installation, not at the next login.
ChangesAssociations=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.PortableTask=Переносная версия: все данные хранятся в папке программы (для флешки; ярлыки не создаются)
en.PortableTask=Portable version: all data is kept in the program folder (for a USB stick; no shortcuts)
ru.PortableGroup=Как установить:
en.PortableGroup=How to install:
ru.ShortcutsGroup=Ярлыки:
en.ShortcutsGroup=Shortcuts:
ru.DesktopIcon=Ярлык на рабочем столе
en.DesktopIcon=A desktop shortcut
ru.AppComment=Рабочее место службы примирения
en.AppComment=Workplace of a reconciliation service
ru.VaultFile=Файл службы примирения (rsdesk)
en.VaultFile=rsdesk service file
ru.StatsFile=Файл статистики службы примирения (rsdesk)
en.StatsFile=rsdesk statistics file

[Tasks]
Name: "portable"; Description: "{cm:PortableTask}"; GroupDescription: "{cm:PortableGroup}"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:ShortcutsGroup}"; Flags: unchecked

[Files]
Source: "dist\rsdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\rsdesk"; Filename: "{app}\rsdesk-gui.exe"; Comment: "{cm:AppComment}"; Tasks: not portable
Name: "{autodesktop}\rsdesk"; Filename: "{app}\rsdesk-gui.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon and not portable

[Registry]
; The file types, for this user (HKA is HKCU in a per-user install): a service file (.rsdv,
; rsdesk/vault/backups.py) opens on its unlock screen; a statistics file (.rsdstats,
; rsdesk/stats/fileformat.py) gets its name and the icon, but no "open": the window cannot
; open one by itself yet. The portable version writes nothing into the registry.
Root: HKA; Subkey: "Software\Classes\.rsdv"; ValueType: string; ValueName: ""; ValueData: "rsdesk.vault"; Flags: uninsdeletevalue; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\.rsdv\OpenWithProgids"; ValueType: string; ValueName: "rsdesk.vault"; ValueData: ""; Flags: uninsdeletevalue; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\rsdesk.vault"; ValueType: string; ValueName: ""; ValueData: "{cm:VaultFile}"; Flags: uninsdeletekey; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\rsdesk.vault\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\rsdesk-gui.exe,0"; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\rsdesk.vault\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\rsdesk-gui.exe"" gui ""%1"""; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\.rsdstats"; ValueType: string; ValueName: ""; ValueData: "rsdesk.stats"; Flags: uninsdeletevalue; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\.rsdstats\OpenWithProgids"; ValueType: string; ValueName: "rsdesk.stats"; ValueData: ""; Flags: uninsdeletevalue; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\rsdesk.stats"; ValueType: string; ValueName: ""; ValueData: "{cm:StatsFile}"; Flags: uninsdeletekey; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\rsdesk.stats\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\rsdesk-gui.exe,0"; Tasks: not portable

[Run]
Filename: "{app}\rsdesk-gui.exe"; Description: "{cm:LaunchProgram,rsdesk}"; Flags: nowait postinstall skipifsilent

[Code]
function IsPortable: Boolean;
begin
  Result := WizardIsTaskSelected('portable');
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  { The marker rsdesk looks for beside its executable; its content does not matter. }
  if (CurStep = ssPostInstall) and IsPortable then
    SaveStringToFile(ExpandConstant('{app}\rsdesk-portable'),
      'rsdesk keeps its settings, service files and backups in rsdesk-data beside this file.'#13#10,
      False);
end;
