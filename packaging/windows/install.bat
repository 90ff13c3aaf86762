@echo off
rem Installs interreg for this user from the wheels beside this file: no internet, no admin rights.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1"
if errorlevel 1 (
  echo.
  echo Installation failed, see the message above.
)
pause
