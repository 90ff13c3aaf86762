# Устанавливает «Межрегиональное сотрудничество» для текущего пользователя из колёс в папке
# wheels рядом с этим файлом: без интернета и без прав администратора. Нужен Python 3.11.
$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$target = Join-Path $env:LOCALAPPDATA 'interreg\venv'

function Find-Python {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        & py -3.11 -c 'import sys' 2>$null
        if ($LASTEXITCODE -eq 0) { return @('py', '-3.11') }
    }
    foreach ($name in 'python', 'python3') {
        if (Get-Command $name -ErrorAction SilentlyContinue) {
            $v = & $name -c 'import sys; print("%d.%d" % sys.version_info[:2])'
            if ($v -eq '3.11') { return @($name) }
        }
    }
    return $null
}

$python = Find-Python
if (-not $python) {
    Write-Host 'Не найден Python 3.11. Установите его (python.org, «Install for me only») и запустите install.bat снова.'
    exit 1
}
Write-Host "Установка в $target ..."
$cmd = $python[0]; $rest = @($python | Select-Object -Skip 1)
& $cmd @rest -m venv $target
if ($LASTEXITCODE -ne 0) { Write-Host 'Не удалось создать окружение Python.'; exit 1 }
& (Join-Path $target 'Scripts\python.exe') -m pip install --no-index --find-links (Join-Path $here 'wheels') --upgrade interreg
if ($LASTEXITCODE -ne 0) { Write-Host 'Не удалось установить программу из папки wheels.'; exit 1 }

# Ярлык в меню «Пуск»: pythonw без окна консоли.
$pythonw = Join-Path $target 'Scripts\pythonw.exe'
$icon = Join-Path $target 'Lib\site-packages\desktop_app\resources\icons\interreg.ico'
$programs = [Environment]::GetFolderPath('Programs')
$shell = New-Object -ComObject WScript.Shell
$link = $shell.CreateShortcut((Join-Path $programs 'Межрегиональное сотрудничество.lnk'))
$link.TargetPath = $pythonw
$link.Arguments = '-m desktop_app'
$link.IconLocation = $icon
$link.WorkingDirectory = $env:USERPROFILE
$link.Save()

# Двойной щелчок по файлу *.interreg открывает его в программе (только для этого пользователя).
$classes = 'HKCU:\Software\Classes'
New-Item -Force -Path "$classes\.interreg" -Value 'interreg.database' | Out-Null
New-Item -Force -Path "$classes\interreg.database" -Value 'База данных «Межрегиональное сотрудничество»' | Out-Null
New-Item -Force -Path "$classes\interreg.database\DefaultIcon" -Value "`"$icon`"" | Out-Null
New-Item -Force -Path "$classes\interreg.database\shell\open\command" -Value "`"$pythonw`" -m desktop_app `"%1`"" | Out-Null

Write-Host 'Готово: программа «Межрегиональное сотрудничество» есть в меню «Пуск».'
Write-Host "Из командной строки: $(Join-Path $target 'Scripts\interreg.exe')"
