<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ru">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="114"/>
        <location filename="../../desktop_app/ui/crash.py" line="69"/>
        <location filename="../../desktop_app/ui/operations.py" line="195"/>
        <source>Действие не выполнено</source>
        <translation>Action not performed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="122"/>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="117"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="123"/>
        <source>Подождите</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="138"/>
        <source>Отмена…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="178"/>
        <source>Ошибка при работе с файлом: {0}</source>
        <translation>File error: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="182"/>
        <source>Внутренняя ошибка программы ({0}). Данные не изменены; подробности записаны в журнал.</source>
        <translation>Internal program error ({0}). No data was changed; the details were written to the log.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="224"/>
        <source>Отменить или повторить это действие нельзя: {0}</source>
        <translation>This action cannot be undone or redone: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="232"/>
        <source>Создание мероприятия</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="248"/>
        <source>Изменение мероприятия «{0}»</source>
        <translation>Edit event “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="258"/>
        <source>Удаление мероприятия</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="260"/>
        <source>Удаление мероприятий: {0}</source>
        <translation>Delete events: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="273"/>
        <source>Сохранение соглашения</source>
        <translation>Save agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="282"/>
        <source>Удаление соглашения</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="292"/>
        <source>Сохранение департамента</source>
        <translation>Save department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="301"/>
        <source>Удаление департамента</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="51"/>
        <source>Документ Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="52"/>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="53"/>
        <source>Документ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="93"/>
        <source>Отчеты межрегионального сотрудничества</source>
        <translation>Interregional cooperation reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="97"/>
        <location filename="../../desktop_app/ui/report_actions.py" line="268"/>
        <source>Отчет не сохранен</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="104"/>
        <source>Сохранить отчет</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="217"/>
        <source>Чтение мероприятий…</source>
        <translation>Reading events…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="226"/>
        <source>Мероприятий: {0}. Сохранение отчета в файл {1}…</source>
        <translation>Events: {0}. Saving the report to {1}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="267"/>
        <source>Сохранение отчета в файл {0}…</source>
        <translation>Saving the report to {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="283"/>
        <source>Предварительный просмотр отчета</source>
        <translation>Report print preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="299"/>
        <source>Печать невозможна</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="337"/>
        <source>Письмо не подготовлено</source>
        <translation>Email not prepared</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="341"/>
        <source>Черновик письма открыт в почтовой программе и сохранен:
{eml}
Файл отчета: {docx}</source>
        <translation>The e-mail draft is open in the mail program and saved:
{eml}
Report file: {docx}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="346"/>
        <source>Почтовая программа не открылась. Черновик письма и файл отчета сохранены в папке:
{folder}
Откройте {eml} в почтовой программе или приложите файл {name} к письму вручную.</source>
        <translation>The mail program did not open. The e-mail draft and the report file are saved in the folder:
{folder}
Open {eml} in your mail program or attach {name} to a message yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="351"/>
        <source>Письмо подготовлено</source>
        <translation>Email prepared</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="49"/>
        <source>Функция недоступна</source>
        <translation>Not available</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="50"/>
        <source>Эта функция в данной версии программы недоступна ({0}).</source>
        <translation>This function is not available in this version ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="78"/>
        <source>Открыть &amp;демонстрационный файл</source>
        <translation>Open the &amp;demo file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="80"/>
        <source>Отчёт за I квартал 2020 года в отдельном файле; рабочий файл не меняется</source>
        <translation>The report for Q1 2020 in a file of its own; your working file is not changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="107"/>
        <source>Нет ни одного департамента</source>
        <translation>No departments yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="108"/>
        <source>В этом файле ещё нет ни одного департамента, а мероприятие записывается за департаментом. Добавить свой департамент сейчас?</source>
        <translation>This file has no departments yet, and every event belongs to a department. Add your department now?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="122"/>
        <source>Мероприятие уже удалено.</source>
        <translation>The event has already been deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="131"/>
        <source>Удалено мероприятий: {0}. Отменить — Ctrl+Z.</source>
        <translation>Events deleted: {0}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="146"/>
        <source>В справочнике нет действующих соглашений.</source>
        <translation>There are no agreements in force.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="149"/>
        <source>Дублировать для другого соглашения</source>
        <translation>Duplicate for another agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="149"/>
        <source>Соглашение:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="154"/>
        <source>Дублирование мероприятий</source>
        <translation>Duplicate events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="201"/>
        <source>Дублирование в следующий квартал</source>
        <translation>Duplicate into next quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="204"/>
        <source>Скопировано в {0}: {1}.</source>
        <translation>Copied into {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="227"/>
        <source>Отчёт сохранён: {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="257"/>
        <source>Резервная копия сохранена: {0}</source>
        <translation>Backup saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="287"/>
        <source>Настройки</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="287"/>
        <source>Язык интерфейса изменится после перезапуска программы.</source>
        <translation>The interface language changes after the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="34"/>
        <source>База межрегионального сотрудничества (*.interreg *.db *.sqlite3);;Все файлы (*)</source>
        <translation>Interregional cooperation database (*.interreg *.db *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="63"/>
        <source>Этот файл уже открыт.</source>
        <translation>This file is already open.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="81"/>
        <source>Новый файл базы</source>
        <translation>New database file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="92"/>
        <source>Файл уже существует</source>
        <translation>The file already exists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="93"/>
        <source>Файл «{0}» уже существует. Чтобы работать с ним, откройте его через «Файл → Открыть…», или введите другое имя.</source>
        <translation>The file «{0}» already exists. To work with it, open it with «File → Open…», or enter another name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="103"/>
        <source>Открыть файл базы</source>
        <translation>Open database file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="119"/>
        <source>Загрузка демо-данных</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="122"/>
        <source>Открыт демонстрационный файл: {0}. Ваш рабочий файл не изменён.</source>
        <translation>Demo file opened: {0}. Your working file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="134"/>
        <source>&amp;Новый файл базы…</source>
        <translation>&amp;New database file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="137"/>
        <source>&amp;Открыть файл базы…</source>
        <translation>&amp;Open database file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="140"/>
        <source>&amp;Недавние файлы</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="159"/>
        <source>Нет недавних файлов</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="296"/>
        <source>О программе</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="297"/>
        <source>Учёт мероприятий по соглашениям о межрегиональном сотрудничестве.
Версия {0}.</source>
        <translation>Events under interregional cooperation agreements.
Version {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="140"/>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="177"/>
        <source>Восстановление из резервной копии</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="142"/>
        <source>Заменить содержимое базы копией от {0} (мероприятий: {1})? Текущее содержимое будет сохранено в отдельной резервной копии.</source>
        <translation>Replace the database contents with the backup of {0} (events: {1})? The current contents will be kept in a separate backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="182"/>
        <source>Восстановление не выполнено</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="72"/>
        <source>Ошибка в программе</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="73"/>
        <source>В программе произошла внутренняя ошибка ({0}). Уже сохранённые данные не пострадали; несохранённый текст открытых форм сохранён как черновик и будет предложен при следующем запуске. Если ошибка повторяется, сообщите разработчикам и приложите журнал: {1}</source>
        <translation>An internal error occurred in the program ({0}). Data already saved is safe; unsaved text of open forms was kept as a draft and will be offered at the next start. If the error happens again, tell the developers and attach the log: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="160"/>
        <source>Несохранённый черновик</source>
        <translation>Unsaved draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="161"/>
        <source>без наименования</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="162"/>
        <source>изменения мероприятия</source>
        <translation>changes to an event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="162"/>
        <source>новое мероприятие</source>
        <translation>new event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="163"/>
        <source>Найден несохранённый черновик ({0}): «{1}», {2:%d.%m.%Y %H:%M}. Открыть его, чтобы проверить и сохранить?</source>
        <translation>An unsaved draft was found ({0}): “{1}”, {2:%d.%m.%Y %H:%M}. Open it to check and save it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="165"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="166"/>
        <source>Удалить черновик</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="167"/>
        <source>Позже</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="205"/>
        <source>Черновик набран до того, как мероприятие было сохранено ещё раз (например, импортом).</source>
        <translation>The draft was typed before the event was saved again (for example, by an import).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="43"/>
        <source>Открыть только для просмотра</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="44"/>
        <source>Восстановить из резервной копии…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="45"/>
        <source>Выбрать другой файл…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="46"/>
        <source>Выход</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="47"/>
        <source>Повторить</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="111"/>
        <source>База данных занята</source>
        <translation>Database is busy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="113"/>
        <source>База данных только для чтения</source>
        <translation>Database is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="115"/>
        <source>База данных повреждена</source>
        <translation>Database is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="117"/>
        <source>База данных от более новой версии</source>
        <translation>Database is from a newer version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="118"/>
        <location filename="../../desktop_app/ui/open_database.py" line="149"/>
        <source>База данных не открыта</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_database.py" line="125"/>
        <source>Выберите файл базы данных</source>
        <translation>Choose a database file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="400"/>
        <source>Выберите отчёты для импорта</source>
        <translation>Choose reports to import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="402"/>
        <source>Отчёты (*.docx *.xlsx);;Все файлы (*)</source>
        <translation>Reports (*.docx *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="434"/>
        <source>Чтение файла {0} из {1}…</source>
        <translation>Reading file {0} of {1}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="451"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="525"/>
        <source>Чтение файлов для импорта…</source>
        <translation>Reading the files to import…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="515"/>
        <source>Прочитано строк: {0}. Сравнение с базой…</source>
        <translation>Rows read: {0}. Comparing with the database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="555"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="584"/>
        <source>Импорт отчётов</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="560"/>
        <source>Запись мероприятий в базу: {0}…</source>
        <translation>Writing events to the database: {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="581"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="585"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="600"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="603"/>
        <source>Импорт</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="601"/>
        <source>База данных не изменена.</source>
        <translation>The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="46"/>
        <source>Департаменты</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="47"/>
        <source>Соглашения в силе в периоде</source>
        <translation>Agreements in force in the period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="49"/>
        <source>— не загружать —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="50"/>
        <source>№ п/п</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="52"/>
        <source>Партнёр</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="53"/>
        <source>Наименование мероприятия</source>
        <translation>Event title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="54"/>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="39"/>
        <source>Сроки</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="55"/>
        <source>Дата начала</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="56"/>
        <source>Дата окончания</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="57"/>
        <source>Срок и место</source>
        <translation>Dates and place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="58"/>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="40"/>
        <source>Место</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="59"/>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="41"/>
        <source>Участники</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="60"/>
        <source>Количество участников</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="61"/>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="62"/>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="46"/>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="63"/>
        <location filename="../../desktop_app/ui/column_mapping.py" line="254"/>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="36"/>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="50"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="255"/>
        <source>В файле не указан департамент: %1.
Чьи это мероприятия?</source>
        <translation>The file does not name a department: %1.
Whose events are these?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="51"/>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="51"/>
        <source>Соглашение</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="52"/>
        <source>Регион-партнёр</source>
        <translation>Partner region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="53"/>
        <source>Месяц</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="37"/>
        <source>Соглашения</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="38"/>
        <source>Наименование</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="42"/>
        <source>Число участников</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="43"/>
        <source>Регионы-участники</source>
        <translation>Participating regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="44"/>
        <source>Содержание и результат</source>
        <translation>Content and result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="45"/>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="54"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="47"/>
        <source>Повторять соглашение</source>
        <translation>Repeat the agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="68"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="68"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="79"/>
        <source>Мероприятие изменено в другом месте</source>
        <translation>The event was changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="86"/>
        <source>Выберите, чью версию взять целиком, или отметьте в каждой строке, какое значение оставить, и нажмите «Объединить по полям».</source>
        <translation>Choose whose version to take as a whole, or mark in each row which value to keep and press “Merge by field”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="92"/>
        <source>&lt;b&gt;Поле&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="93"/>
        <source>&lt;b&gt;Ваша версия&lt;/b&gt;</source>
        <translation>&lt;b&gt;Your version&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="94"/>
        <source>&lt;b&gt;Сохранённая версия&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved version&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="111"/>
        <source>Взять мою версию</source>
        <translation>Take my version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="113"/>
        <source>Взять сохранённую</source>
        <translation>Take the saved one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="115"/>
        <source>Объединить по полям</source>
        <translation>Merge by field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="65"/>
        <source>январь</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="65"/>
        <source>февраль</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="65"/>
        <source>март</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="65"/>
        <source>апрель</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="65"/>
        <source>май</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="65"/>
        <source>июнь</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="66"/>
        <source>июль</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="66"/>
        <source>август</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="66"/>
        <source>сентябрь</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="66"/>
        <source>октябрь</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="66"/>
        <source>ноябрь</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="66"/>
        <source>декабрь</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="127"/>
        <source>Мероприятий</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="130"/>
        <source>Год назад ({0})</source>
        <translation>A year earlier ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="132"/>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="48"/>
        <source>Регионы-партнёры</source>
        <translation>Partner regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="133"/>
        <source>Действует до</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="175"/>
        <source>истекает в этом году</source>
        <translation>expires this year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="177"/>
        <source>не действует</source>
        <translation>not in force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="184"/>
        <source>В этом периоде по соглашению нет мероприятий.</source>
        <translation>No events under this agreement in the period.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_model.py" line="187"/>
        <source>Щёлкните, чтобы показать эти мероприятия в таблице</source>
        <translation>Click to show these events in the table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="49"/>
        <source>Месяцы</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="50"/>
        <source>Статусы</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="63"/>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="257"/>
        <source>Сводка</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="83"/>
        <source>Щёлкните строку, чтобы показать её мероприятия в таблице главного окна. Соглашения без мероприятий выделены цветом.</source>
        <translation>Click a row to show its events in the main window&apos;s table. Agreements without events are highlighted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="108"/>
        <source>Сохранить в DOCX…</source>
        <translation>Save as DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="109"/>
        <source>Сохранить в XLSX…</source>
        <translation>Save as XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="114"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="174"/>
        <source>Сводные данные {0}</source>
        <translation>Summary data {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="175"/>
        <source>Всего мероприятий: {0}</source>
        <translation>Events in total: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="179"/>
        <source>(год назад: {0})</source>
        <translation>(a year earlier: {0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="182"/>
        <source>Соглашений без мероприятий: {0}</source>
        <translation>Agreements without events: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="210"/>
        <source>{what} «{name}» — {count}</source>
        <translation>{what} “{name}” — {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="225"/>
        <source>Сохранить сводку</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="231"/>
        <source>Сводка не сохранена</source>
        <translation>Summary not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="233"/>
        <source>Сводка сохранена: {0}</source>
        <translation>Summary saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="255"/>
        <source>Сводка…</source>
        <translation>Summary…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/summary_window.py" line="258"/>
        <source>Сводка за период: мероприятия по департаментам, соглашениям, регионам, месяцам и статусам</source>
        <translation>Summary of the period: events by department, agreement, region, month and status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="61"/>
        <source>В этом файле пока нет мероприятий</source>
        <translation>This file has no events yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="80"/>
        <source>Добавить свой департамент</source>
        <translation>Add your department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="82"/>
        <source>Добавить соглашение</source>
        <translation>Add an agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="84"/>
        <source>Создать мероприятие</source>
        <translation>Create an event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="86"/>
        <source>Импортировать отчёт…</source>
        <translation>Import a report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="88"/>
        <source>Открыть демонстрационный файл</source>
        <translation>Open the demo file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="102"/>
        <source>1. Добавьте свой департамент{0}.</source>
        <translation>1. Add your department{0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="103"/>
        <location filename="../../desktop_app/ui/empty_state.py" line="105"/>
        <source> — готово</source>
        <translation> — done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="104"/>
        <source>2. Добавьте соглашения, в рамках которых проводятся мероприятия{0}.</source>
        <translation>2. Add the agreements the events are held under{0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="106"/>
        <source>3. Создайте мероприятие — или импортируйте отчёт, который у вас уже есть (DOCX или XLSX).</source>
        <translation>3. Create an event — or import a report you already have (DOCX or XLSX).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/empty_state.py" line="108"/>
        <source>Посмотреть, как выглядит заполненный отчёт, можно в демонстрационном файле: он открывается отдельно, ваш файл не меняется.</source>
        <translation>To see what a filled-in report looks like, open the demo file: it opens separately, your file is not changed.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="82"/>
        <source>Новое соглашение</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="82"/>
        <location filename="../../ui/agreement_dialog.ui" line="14"/>
        <source>Соглашение</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="119"/>
        <source>Нет в списке регионов, будет добавлено: {0}</source>
        <translation>Not in the region list, will be added: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="130"/>
        <source>Укажите полное название соглашения, как в его тексте.</source>
        <translation>Enter the full title of the agreement as written in it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="139"/>
        <source>Такое соглашение уже есть: «{0}». Измените его, а не заводите второе.</source>
        <translation>This agreement already exists: “{0}”. Edit it instead of adding a second one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="143"/>
        <source>Срок действия кончается раньше даты подписания.</source>
        <translation>The agreement expires before the date it was signed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="172"/>
        <source>Соглашение не сохранено</source>
        <translation>Agreement not saved</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="28"/>
        <source>&amp;Полное название:</source>
        <translation>&amp;Full title:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="53"/>
        <source>Соглашение между Администрацией … и … о сотрудничестве …</source>
        <translation>Agreement between the Administration of … and … on cooperation in …</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="67"/>
        <source>&amp;Краткое название:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="77"/>
        <source>Как соглашение называют между собой; по нему его находят в форме мероприятия</source>
        <translation>What people usually call the agreement; used to find it in the event form</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="80"/>
        <source>например: Москва</source>
        <translation>e.g. Moscow</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="87"/>
        <source>&amp;Регионы-партнёры:</source>
        <translation>Partner &amp;regions:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="97"/>
        <source>Через точку с запятой; подсказки — из списка регионов. Можно вписать и зарубежного партнёра.</source>
        <translation>Separated by semicolons; suggestions come from the region list. A foreign partner can be entered too.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="100"/>
        <source>например: Калужская область; Брянская область</source>
        <translation>e.g. Kaluga Oblast; Bryansk Oblast</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="116"/>
        <source>Отметьте, если новый регион — зарубежный партнёр (область другой страны, иностранная организация); иначе он будет записан как регион России</source>
        <translation>Tick if the new region is a foreign partner (a region of another country, a foreign organisation); otherwise it is recorded as a region of Russia</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="119"/>
        <source>&amp;иностранный партнёр</source>
        <translation>foreign &amp;partner</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="128"/>
        <source>&amp;Номер:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="141"/>
        <source>&amp;Подписано:</source>
        <translation>Si&amp;gned:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="153"/>
        <source>Дата подписания; «не указана», если неизвестна</source>
        <translation>Date of signing; “not given” if unknown</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="156"/>
        <source>не указана</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="159"/>
        <location filename="../../ui/agreement_dialog.ui" line="185"/>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="169"/>
        <source>&amp;действует до:</source>
        <translation>valid &amp;until:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="179"/>
        <source>Последний день действия; «бессрочно», если срок не ограничен</source>
        <translation>Last day in force; “no end date” if unlimited</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="182"/>
        <source>бессрочно</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="211"/>
        <source>Недействующее соглашение не предлагается для новых мероприятий; прежние записи остаются</source>
        <translation>An inactive agreement is not offered for new events; existing records stay</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="214"/>
        <source>&amp;Действует</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="242"/>
        <source>Сохранить (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="245"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="255"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AgreementListModel</name>
    <message>
        <location filename="../../desktop_app/ui/agreement_models.py" line="171"/>
        <source>{0} (не действует)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agreement_models.py" line="175"/>
        <source>Регионы: {0}</source>
        <translation>Regions: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agreement_models.py" line="178"/>
        <source>№ {0}, подписано {1}</source>
        <translation>No. {0}, signed {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agreement_models.py" line="182"/>
        <source>Последний раз выбрано {0}</source>
        <translation>Last chosen {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agreement_models.py" line="190"/>
        <source>{0} — не действует</source>
        <translation>{0} — inactive</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="113"/>
        <source>Краткое название</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="114"/>
        <source>Полное название</source>
        <translation>Full title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="115"/>
        <source>Регионы-партнёры</source>
        <translation>Partner regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="116"/>
        <source>Срок действия</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="117"/>
        <source>Действует</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="118"/>
        <source>Мероприятий</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="127"/>
        <source>до {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="128"/>
        <source>бессрочно</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="132"/>
        <source>с {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="153"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="153"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AgreementsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="184"/>
        <source>Соглашения о сотрудничестве</source>
        <translation>Cooperation agreements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="197"/>
        <source>Соглашение «{0}» нельзя удалить: на него ссылаются мероприятия ({1}).</source>
        <translation>The agreement “{0}” cannot be deleted: events refer to it ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="201"/>
        <source>Удалить соглашение «{0}»?</source>
        <translation>Delete the agreement “{0}”?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="206"/>
        <source>Его можно отметить как недействующее: оно не будет предлагаться для новых мероприятий, а прежние записи и отчёты останутся как есть.</source>
        <translation>You can mark it inactive instead: it will not be offered for new events, and existing records and reports stay as they are.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="209"/>
        <source>Отметить недействующим</source>
        <translation>Mark inactive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="210"/>
        <source>Оно уже отмечено как недействующее.</source>
        <translation>It is already marked inactive.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop_app/ui/application.py" line="93"/>
        <source>Межрегиональное сотрудничество</source>
        <translation>Interregional cooperation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/application.py" line="116"/>
        <source>База данных не открыта</source>
        <translation>Database not opened</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="87"/>
        <source>Восстановление из резервной копии</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="93"/>
        <source>Выберите копию базы «{0}». Перед восстановлением текущее содержимое будет сохранено в отдельной копии, так что восстановление можно отменить.</source>
        <translation>Choose a backup of the database “{0}”. The current contents are saved to a separate backup before restoring, so the restore can be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="107"/>
        <source>Резервных копий пока нет (папка «{0}»).</source>
        <translation>There are no backups yet (folder “{0}”).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="112"/>
        <source>Восстановить</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="113"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="52"/>
        <source>Когда и почему</source>
        <translation>When and why</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="52"/>
        <source>Мероприятий</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="52"/>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="73"/>
        <source>повреждена</source>
        <translation>damaged</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="169"/>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="274"/>
        <source>Журнал изменений</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="174"/>
        <source>Только выбранное мероприятие</source>
        <translation>Selected event only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="178"/>
        <source>Все записи</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="182"/>
        <source>Все пользователи</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="185"/>
        <source>За период с</source>
        <translation>For the period from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="194"/>
        <source>Сохранить в файл…</source>
        <translation>Save to file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="195"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="209"/>
        <source>Выберите запись, чтобы увидеть, что изменилось.</source>
        <translation>Select a record to see what changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="217"/>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="277"/>
        <source> (показаны последние {0})</source>
        <translation> (the last {0} shown)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="278"/>
        <source>Записей: {0}</source>
        <translation>Records: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="292"/>
        <source>Поля не изменились.</source>
        <translation>No fields changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="299"/>
        <source>Сохранить журнал</source>
        <translation>Save change log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="300"/>
        <source>Книга Excel (*.xlsx);;Текст CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV text (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="307"/>
        <source>Журнал не сохранён</source>
        <translation>Change log not saved</translation>
    </message>
</context>
<context>
    <name>ChangeLogLabels</name>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="56"/>
        <source>Мероприятие</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="57"/>
        <source>Соглашение</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="58"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="60"/>
        <source>создание</source>
        <translation>creation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="61"/>
        <source>изменение</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="62"/>
        <source>удаление</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="63"/>
        <source>восстановление</source>
        <translation>restoration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="65"/>
        <source>Наименование</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="66"/>
        <source>Название</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="67"/>
        <source>Краткое название</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="68"/>
        <source>Соглашения</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="69"/>
        <source>Сроки</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="70"/>
        <source>Вид сроков</source>
        <translation>Kind of dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="71"/>
        <source>Начало</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="72"/>
        <source>Окончание</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="73"/>
        <source>Место</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="74"/>
        <source>Участники</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="75"/>
        <source>Число участников</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="76"/>
        <source>Регионы участников</source>
        <translation>Participants&apos; regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="77"/>
        <source>Содержание и результат</source>
        <translation>Content and result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="78"/>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="79"/>
        <source>Состояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="80"/>
        <source>Повторять соглашение</source>
        <translation>Repeat the agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="81"/>
        <source>Регионы-партнёры</source>
        <translation>Partner regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="82"/>
        <source>Номер</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="83"/>
        <source>Дата подписания</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="84"/>
        <source>Действует до</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="85"/>
        <source>Действует</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="87"/>
        <source>один день</source>
        <translation>one day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="88"/>
        <source>диапазон дней</source>
        <translation>range of days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="89"/>
        <source>месяц</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="90"/>
        <source>несколько месяцев</source>
        <translation>several months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="91"/>
        <source>квартал</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="92"/>
        <source>весь период</source>
        <translation>whole period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="93"/>
        <source>ежемесячно</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="94"/>
        <source>еженедельно</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="95"/>
        <source>свой текст</source>
        <translation>own text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="96"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="97"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="126"/>
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="126"/>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="126"/>
        <source>Запись</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="126"/>
        <source>Действие</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="127"/>
        <source>Наименование</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/changelog_dialog.py" line="127"/>
        <source>Что изменено</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>ChosenAgreementsModel</name>
    <message>
        <location filename="../../desktop_app/ui/agreement_models.py" line="288"/>
        <location filename="../../desktop_app/ui/agreement_models.py" line="295"/>
        <source>(соглашение удалено)</source>
        <translation>(agreement deleted)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="103"/>
        <source>Столбцы таблицы: %1</source>
        <translation>Table columns: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="109"/>
        <source>Несколько столбцов файла похожи на одно поле: %1. Выберите под каждым столбцом, что в нём записано (лишний — «не загружать»); ниже — первые строки так, как они будут загружены.</source>
        <translation>Several columns of the file look like the same field: %1. Choose under each column what it holds (the extra one: “do not load”); below are the first rows as they will be loaded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="116"/>
        <source>Программа не поняла, какие столбцы файла что содержат. Выберите под каждым столбцом, что в нём записано; ниже — первые строки так, как они будут загружены.</source>
        <translation>The program could not tell what the file&apos;s columns hold. Choose under each column what it contains; below are the first rows as they will be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="122"/>
        <source>В файле</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="122"/>
        <source>Поле</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="130"/>
        <source>Этот столбец похож на то же поле, что и другой: выберите, какой загружать.</source>
        <translation>This column looks like the same field as another one: choose which to load.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="146"/>
        <source>Первые строки, как они будут загружены:</source>
        <translation>First rows as they will be imported:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="149"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="149"/>
        <source>Соглашение</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="149"/>
        <source>Наименование</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="150"/>
        <source>Сроки</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="150"/>
        <source>Место</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="150"/>
        <source>Участники</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="150"/>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="151"/>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="161"/>
        <source>Загрузить</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="162"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/column_mapping.py" line="202"/>
        <source>Будет загружено строк: %1</source>
        <translation>Rows to import: %1</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="204"/>
        <source>Новый департамент</source>
        <translation>New department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="206"/>
        <location filename="../../ui/department_dialog.ui" line="14"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="227"/>
        <source>Укажите название департамента.</source>
        <translation>Enter the name of the department.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_dialogs.py" line="234"/>
        <source>Такой департамент уже есть: «{0}».</source>
        <translation>This department already exists: “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="28"/>
        <source>&amp;Название:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="38"/>
        <source>Департамент … по …, как в заголовке раздела отчёта</source>
        <translation>Department of … for …, as in the report section heading</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="52"/>
        <source>&amp;Краткое название:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="62"/>
        <source>например: Культура</source>
        <translation>e.g. Culture</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="69"/>
        <source>&amp;Порядок в отчёте:</source>
        <translation>&amp;Order in the report:</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="79"/>
        <source>Разделы отчёта идут по возрастанию этого числа</source>
        <translation>Report sections are sorted by this number, lowest first</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="89"/>
        <source>Недействующий департамент не предлагается для новых мероприятий; прежние записи остаются</source>
        <translation>An inactive department is not offered for new events; existing records stay</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="92"/>
        <source>&amp;Действует</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="120"/>
        <source>Сохранить (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="123"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/department_dialog.ui" line="133"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DepartmentListModel</name>
    <message>
        <location filename="../../desktop_app/ui/department_list_model.py" line="61"/>
        <source>Все департаменты</source>
        <translation>All departments</translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="161"/>
        <source>Порядок</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="162"/>
        <source>Название</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="163"/>
        <source>Краткое название</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="164"/>
        <source>Действует</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="165"/>
        <source>Мероприятий</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="186"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_models.py" line="186"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="225"/>
        <source>Департаменты</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="226"/>
        <source>часть названия или краткого названия</source>
        <translation>part of the name or short name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="235"/>
        <source>Департамент «{0}» нельзя удалить: к нему относятся мероприятия ({1}).</source>
        <translation>The department “{0}” cannot be deleted: it has events ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="239"/>
        <source>Удалить департамент «{0}»?</source>
        <translation>Delete the department “{0}”?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="244"/>
        <source>Его можно отметить как недействующий: он не будет предлагаться для новых мероприятий, а прежние записи и отчёты останутся как есть.</source>
        <translation>You can mark it inactive instead: it will not be offered for new events, and existing records and reports stay as they are.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="247"/>
        <source>Отметить недействующим</source>
        <translation>Mark inactive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="248"/>
        <source>Он уже отмечен как недействующий.</source>
        <translation>It is already marked inactive.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/event_form.ui" line="14"/>
        <source>Мероприятие</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="53"/>
        <source>&amp;Департамент:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="100"/>
        <source>Соглашения, в рамках которых проведена работа</source>
        <translation>Agreements the work was done under</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="106"/>
        <source>&amp;Найти (часть названия, краткого названия или региона):</source>
        <translation>&amp;Find (part of a title, short name or region):</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="119"/>
        <source>например: Москв, Липецк, Крым — Enter добавляет</source>
        <translation>e.g. Москв, Липецк, Крым — Enter adds</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="179"/>
        <source>Добавить выделенное соглашение (Enter)</source>
        <translation>Add the selected agreement (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="182"/>
        <source>Добавить ↓</source>
        <translation>Add ↓</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="194"/>
        <source>&amp;Выбранные, в порядке отчёта:</source>
        <translation>C&amp;hosen, in report order:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="132"/>
        <source>↓ из строки поиска — перейти к списку; Enter или двойной щелчок — добавить соглашение к мероприятию</source>
        <translation>↓ from the search box goes to the list; Enter or double-click adds the agreement to the event</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="159"/>
        <source>Показать также соглашения, которые не действовали в отчётном периоде (Alt+П)</source>
        <translation>Also show agreements that were not in force during the report period (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="162"/>
        <source>&amp;показать недействующие</source>
        <translation>show &amp;inactive</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="209"/>
        <source>Alt+В — перейти к списку; Ctrl+↑ / Ctrl+↓ — переставить, Del — убрать</source>
        <translation>Alt+H goes to the list; Ctrl+↑ / Ctrl+↓ reorders, Del removes</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="236"/>
        <source>Поднять выше (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="239"/>
        <source>Выше</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="252"/>
        <source>Опустить ниже (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="255"/>
        <source>Ниже</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="268"/>
        <source>Убрать соглашение из мероприятия (Del)</source>
        <translation>Remove the agreement from the event (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="271"/>
        <source>Убрать</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="310"/>
        <source>На&amp;именование:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="338"/>
        <source>Выставка, совещание, конференция…</source>
        <translation>Exhibition, meeting, conference…</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="352"/>
        <source>&amp;Сроки:</source>
        <translation>Ti&amp;ming:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="373"/>
        <source>Напишите сроки так, как в отчёте: «5 февраля», «29-31 января», «20 февраля – 13 марта», «январь – март», «I квартал», «ежемесячно»</source>
        <translation>Write the timing as in the report (in Russian): «5 февраля», «29-31 января», «20 февраля – 13 марта», «январь – март», «I квартал», «ежемесячно»</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="376"/>
        <source>например: 29-31 января</source>
        <translation>e.g. 29-31 января</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="383"/>
        <source>Вид сроков: выберите и укажите даты в календаре — фраза составится сама</source>
        <translation>Kind of timing: choose it and pick the dates in the calendar — the phrase is written for you</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="390"/>
        <source>Начало</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="393"/>
        <location filename="../../ui/event_form.ui" line="413"/>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="410"/>
        <source>Окончание</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="442"/>
        <source>&amp;Место:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="455"/>
        <source>например: г. Смоленск, Дом Советов</source>
        <translation>e.g. г. Смоленск, Дом Советов</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="616"/>
        <source>Приме&amp;чание:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="462"/>
        <source>&amp;Участники:</source>
        <translation>P&amp;articipants:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="478"/>
        <source>Общее количество, представители регионов, другие сведения</source>
        <translation>Total number, representatives of regions, other details</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="485"/>
        <source>&amp;Количество:</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="506"/>
        <source>Общее число участников, если оно известно</source>
        <translation>Total number of participants, if known</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="509"/>
        <source>не указано</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="528"/>
        <source>&amp;Регионы:</source>
        <translation>&amp;Regions:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="541"/>
        <source>Регионы участников через точку с запятой; подсказки — из списка регионов</source>
        <translation>Participants’ regions separated by semicolons; suggestions come from the region list</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="544"/>
        <source>например: Брянская область; Калужская область</source>
        <translation>e.g. Bryansk Oblast; Kaluga Oblast</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="558"/>
        <source>Сод&amp;ержание
и результат:</source>
        <translation>Cont&amp;ent
and result:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="575"/>
        <source>Краткая информация о достигнутых договорённостях, подписанных документах и т. д.</source>
        <translation>A short account of agreements reached, documents signed, etc.</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="582"/>
        <source>С&amp;татус:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="600"/>
        <source>Повторять соглашение в отчёте</source>
        <translation>Repeat the agreement in the report</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="644"/>
        <source>Причины невыполнения запланированного мероприятия; «-», если сказать нечего</source>
        <translation>Why a planned event did not take place; “-” if there is nothing to say</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="682"/>
        <source>Сохранить и сразу начать следующее мероприятие (Ctrl+Shift+S, Ctrl+N)</source>
        <translation>Save and start the next event at once (Ctrl+Shift+S, Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="685"/>
        <source>Сохранить и создать ещё</source>
        <translation>Save and New</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="695"/>
        <source>Сохранить мероприятие (Ctrl+S)</source>
        <translation>Save the event (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="698"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="708"/>
        <source>Закрыть без сохранения (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="711"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EventFormDialog</name>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="78"/>
        <source>Печатать соглашение в этой строке отчёта, даже если в строке выше указаны те же соглашения (обычно такие ячейки объединяются в одну).</source>
        <extracomment>Anything typed changed; the crash-recovery code saves a draft on it.</extracomment>
        <translation>Print the agreement in this report row even if the row above has the same agreements (such cells are normally merged into one).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="137"/>
        <source>Добавить департамент…</source>
        <translation>Add a department…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="138"/>
        <source>Выберите департамент</source>
        <translation>Choose a department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="145"/>
        <source>проведено</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="146"/>
        <source>запланировано</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="147"/>
        <location filename="../../desktop_app/ui/event_form.py" line="301"/>
        <source>не проведено</source>
        <translation>not held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="148"/>
        <location filename="../../desktop_app/ui/event_form.py" line="301"/>
        <source>перенесено</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="187"/>
        <source>Новое соглашение…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="189"/>
        <source>Добавить соглашение в справочник и выбрать его для этого мероприятия</source>
        <translation>Add an agreement to the list and choose it for this event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="284"/>
        <source>Выберите департамент, который провёл мероприятие.</source>
        <translation>Choose the department that held the event.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="287"/>
        <source>Выберите хотя бы одно соглашение: начните печатать его название или регион и нажмите Enter.</source>
        <translation>Choose at least one agreement: start typing its title or region and press Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="291"/>
        <source>Укажите наименование мероприятия.</source>
        <translation>Enter the title of the event.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="294"/>
        <source>Укажите сроки проведения: например, «5 февраля» или «29-31 января».</source>
        <translation>Enter the timing, e.g. «5 февраля» or «29-31 января».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="300"/>
        <source>Мероприятие {0}: напишите в примечании причину.</source>
        <translation>The event was {0}: give the reason in the note.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="365"/>
        <source>Мероприятие не сохранено</source>
        <translation>Event not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="379"/>
        <source>После того как вы открыли мероприятие, его сохранили в другом месте (другое окно, импорт).</source>
        <translation>After you opened the event, it was saved elsewhere (another window, an import).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="422"/>
        <source>Мероприятие «{0}» сохранено. Введите следующее.</source>
        <translation>Event “{0}” saved. Enter the next one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="496"/>
        <source>Нет в списке регионов, будет добавлено: {0}</source>
        <translation>Not in the region list, will be added: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="503"/>
        <source>Новое мероприятие {0}</source>
        <translation>New event {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="505"/>
        <source>без названия</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="506"/>
        <source>Мероприятие «{0}»</source>
        <translation>Event “{0}”</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="77"/>
        <source>проведено</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="78"/>
        <source>запланировано</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="79"/>
        <source>не проведено</source>
        <translation>not held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="80"/>
        <source>перенесено</source>
        <translation>postponed</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="62"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="63"/>
        <source>Соглашения</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="64"/>
        <source>Наименование мероприятия</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="65"/>
        <source>Сроки</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="66"/>
        <source>Место проведения</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="67"/>
        <source>Участники</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="68"/>
        <source>Содержание и результат</source>
        <translation>Content and result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="69"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="70"/>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <location filename="../../desktop_app/ui/summary/focus_bar.py" line="22"/>
        <source>Сбросить отбор</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/focus_bar.py" line="23"/>
        <source>Показать все мероприятия периода</source>
        <translation>Show all events of the period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary/focus_bar.py" line="30"/>
        <source>Отбор из сводки: {0}</source>
        <translation>Filtered from the summary: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="145"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="371"/>
        <source>Импорт отчётов</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="173"/>
        <source>Строки</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="178"/>
        <source>Эти названия не найдены в базе. Укажите, чему каждое соответствует, или выберите «Создать новое», затем нажмите «Применить сопоставление».</source>
        <translation>These names were not found in the database. Choose what each one stands for, or choose “Create new”, then press “Apply matching”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="182"/>
        <source>Применить сопоставление</source>
        <translation>Apply matching</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="186"/>
        <source>Несопоставленные названия</source>
        <translation>Unmatched names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="195"/>
        <source>В базе (моё)</source>
        <translation>In the database (mine)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="195"/>
        <source>В файле</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="200"/>
        <source>Оставить моё</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="201"/>
        <source>Взять из файла</source>
        <translation>Take from the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="209"/>
        <source>Конфликты</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="213"/>
        <source>Итог</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="217"/>
        <source>Импортировать</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="225"/>
        <source>Наименование</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="225"/>
        <source>Сроки</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="225"/>
        <source>Место</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="226"/>
        <source>Участники</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="226"/>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="226"/>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="227"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="227"/>
        <source>Версия</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="227"/>
        <source>Изменено</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="245"/>
        <source>Файлы: %1</source>
        <translation>Files: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="270"/>
        <source>Импорт</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="280"/>
        <source>Соглашение</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="280"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="281"/>
        <source>(не указан в файле)</source>
        <translation>(not given in the file)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="290"/>
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="292"/>
        <source>Создать новое</source>
        <translation>Create new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="339"/>
        <source>Будет добавлено: %1, обновлено: %2, пропущено: %3, конфликтов: %4.</source>
        <translation>To be added: %1, updated: %2, skipped: %3, conflicts: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="344"/>
        <source>Сопоставьте названия (%1), чтобы продолжить.</source>
        <translation>Match the names (%1) to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="349"/>
        <source>Не будут загружены столбцы, которые программа не узнала: %1. Если они нужны, откройте импорт снова и сопоставьте столбцы вручную.</source>
        <translation>Columns the program did not recognise will not be loaded: %1. If you need them, open the import again and map the columns by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="382"/>
        <source>Отменить весь импорт одним действием — «Правка → Отменить» (Ctrl+Z).</source>
        <translation>To undo the whole import in one step: «Edit → Undo» (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="388"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>I квартал</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>II квартал</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>III квартал</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="112"/>
        <source>IV квартал</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="112"/>
        <source>I полугодие</source>
        <translation>1st half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="112"/>
        <source>II полугодие</source>
        <translation>2nd half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>9 месяцев</source>
        <translation>9 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>год</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="117"/>
        <source>Все</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="153"/>
        <location filename="../../desktop_app/ui/main_window.py" line="409"/>
        <source>Отменить</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="155"/>
        <location filename="../../desktop_app/ui/main_window.py" line="410"/>
        <source>Повторить</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="339"/>
        <source>Мероприятия {0} — межрегиональное сотрудничество</source>
        <translation>Events {0} — interregional cooperation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="341"/>
        <source>(только просмотр)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="395"/>
        <source>Мероприятий: {0}</source>
        <translation>Events: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="397"/>
        <source>(для поиска введите не меньше трёх букв)</source>
        <translation>(type at least three letters to search)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="435"/>
        <source>Только просмотр: файл открыт без права записи</source>
        <translation>Read-only: the file is open without write access</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="467"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="468"/>
        <source>Соглашения</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="469"/>
        <source>Сроки</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="470"/>
        <source>Место проведения</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="471"/>
        <source>всего</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="473"/>
        <source>Участники</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="475"/>
        <source>Регионы-участники</source>
        <translation>Participating regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="476"/>
        <source>Содержание и результат</source>
        <translation>Content and result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="477"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="478"/>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14"/>
        <source>Межрегиональное сотрудничество — мероприятия</source>
        <translation>Interregional cooperation — events</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>&amp;Отчётный период</source>
        <translation>Report &amp;period</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>Квартал, полугодие, 9 месяцев или год</source>
        <translation>Quarter, half-year, nine months or year</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="74"/>
        <source>Год отчётного периода</source>
        <translation>Year of the report period</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92"/>
        <source>&amp;Департаменты</source>
        <translation>&amp;Departments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Мероприятия какого департамента показать</source>
        <translation>Whose events to show</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="140"/>
        <source>Поиск по тексту мероприятий (Ctrl+F)</source>
        <translation>Search the events&apos; text (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="150"/>
        <source>&amp;Статус:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="200"/>
        <source>Выберите мероприятие в таблице, чтобы увидеть его полный текст.</source>
        <translation>Select an event in the table to see its full text.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="211"/>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="215"/>
        <source>&amp;Экспорт отчёта</source>
        <translation>E&amp;xport Report</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="236"/>
        <source>&amp;Правка</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>Спра&amp;вочники</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="254"/>
        <source>&amp;Сервис</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="262"/>
        <source>Спр&amp;авка</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="276"/>
        <source>Панель инструментов</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="298"/>
        <source>&amp;Создать мероприятие…</source>
        <translation>&amp;New Event…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="301"/>
        <source>Создать</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="304"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="309"/>
        <source>&amp;Импорт…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="312"/>
        <source>Загрузить мероприятия из файлов DOCX или XLSX</source>
        <translation>Load events from DOCX or XLSX files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="315"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="320"/>
        <source>В &amp;DOCX…</source>
        <translation>As &amp;DOCX…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="323"/>
        <source>Экспорт DOCX</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="326"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="331"/>
        <source>В &amp;XLSX…</source>
        <translation>As &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="336"/>
        <source>В &amp;PDF…</source>
        <translation>As &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="341"/>
        <source>Пред&amp;варительный просмотр…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="344"/>
        <source>Просмотр</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="349"/>
        <source>&amp;Печать…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="352"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="357"/>
        <source>&amp;Отправить по почте…</source>
        <translation>Send by E-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="362"/>
        <source>&amp;Резервная копия</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="367"/>
        <source>&amp;Восстановить из резервной копии…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="372"/>
        <source>В&amp;ыход</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="375"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="380"/>
        <source>&amp;Изменить…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="383"/>
        <source>Изменить</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="386"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="391"/>
        <source>&amp;Дублировать для другого соглашения…</source>
        <translation>&amp;Duplicate for Another Agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="396"/>
        <source>Дублировать в с&amp;ледующий квартал</source>
        <translation>Duplicate into &amp;Next Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="401"/>
        <source>&amp;Удалить</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="404"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="409"/>
        <source>&amp;Найти</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="412"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="417"/>
        <source>&amp;Соглашения…</source>
        <translation>&amp;Agreements…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="422"/>
        <source>&amp;Департаменты…</source>
        <translation>&amp;Departments…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="427"/>
        <source>&amp;Журнал изменений…</source>
        <translation>Change &amp;Log…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="432"/>
        <source>&amp;Настройки…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="437"/>
        <source>Загрузить &amp;демо-данные</source>
        <translation>Load &amp;Demo Data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="442"/>
        <source>&amp;О программе</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="85"/>
        <source>Строка</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="85"/>
        <source>Действие</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="85"/>
        <source>Мероприятие</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="86"/>
        <source>Причина</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="86"/>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="88"/>
        <source>добавить</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="89"/>
        <source>обновить</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="90"/>
        <source>пропустить</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="91"/>
        <source>конфликт</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="113"/>
        <source>из файла</source>
        <translation>from the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="114"/>
        <source>своё</source>
        <translation>mine</translation>
    </message>
</context>
<context>
    <name>ReferenceList</name>
    <message>
        <location filename="../../ui/reference_list.ui" line="22"/>
        <source>&amp;Найти:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/reference_list.ui" line="32"/>
        <source>часть названия, краткого названия или региона</source>
        <translation>part of a title, short name or region</translation>
    </message>
    <message>
        <location filename="../../ui/reference_list.ui" line="70"/>
        <source>Добавить запись (Ins)</source>
        <translation>Add a record (Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_list.ui" line="73"/>
        <source>Добавить…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_list.ui" line="83"/>
        <source>Изменить выделенную запись (Enter, двойной щелчок)</source>
        <translation>Edit the selected record (Enter, double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_list.ui" line="86"/>
        <source>Изменить…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_list.ui" line="96"/>
        <source>Удалить выделенную запись (Del)</source>
        <translation>Delete the selected record (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_list.ui" line="99"/>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/reference_list.ui" line="116"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="30"/>
        <source>Русский</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="32"/>
        <source>— не выбран —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="37"/>
        <source>Добавлять «Сводные данные» (приложение DOCX, второй лист XLSX)</source>
        <translation>Add “Summary data” (DOCX appendix, second XLSX sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="40"/>
        <source>Мероприятия по департаментам, соглашениям, регионам-партнёрам, месяцам и статусам; соглашения без мероприятий выделены</source>
        <translation>Events by department, agreement, partner region, month and status; agreements without events are highlighted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="53"/>
        <source>Печатать сроки как в&amp;ведены</source>
        <translation>Print dates as &amp;typed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="55"/>
        <source>Без отметки распознанные сроки печатаются в единой форме: «29 февраля – 1 марта» вместо «29 февраля - 01 марта».</source>
        <translation>Unchecked, recognised dates print in one form: «29 февраля – 1 марта» instead of «29 февраля - 01 марта».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="58"/>
        <source>например, 8 (4812) 29-10-00</source>
        <translation>e.g. 8 (4812) 29-10-00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="60"/>
        <source>адрес координатора, например mezhregion@admin.ru</source>
        <translation>the coordinator&apos;s address, e.g. mezhregion@admin.ru</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="63"/>
        <source>Теле&amp;фон исполнителя:</source>
        <translation>Executor&apos;s &amp;phone:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="64"/>
        <source>Письмо с отчетом, «&amp;Кому»:</source>
        <translation>Report e-mail, «T&amp;o»:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="122"/>
        <source>Шаблон отчёта</source>
        <translation>Report template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="122"/>
        <source>Документы Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="129"/>
        <source>Папка резервных копий</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14"/>
        <source>Настройки</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="21"/>
        <source>Общие</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="30"/>
        <source>&amp;Свой департамент:</source>
        <translation>&amp;Own department:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="40"/>
        <source>Подставляется в новые мероприятия</source>
        <translation>Filled in for new events</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="47"/>
        <source>&amp;Регион (своя область):</source>
        <translation>Home &amp;region:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="57"/>
        <source>Хранится в файле базы данных: у каждой базы свой регион</source>
        <translation>Kept in the database file: each database has its own region</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="64"/>
        <source>&amp;Язык интерфейса:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="78"/>
        <source>Отчёт</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="87"/>
        <source>&amp;Шрифт:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="100"/>
        <source>Размер &amp;текста таблицы:</source>
        <translation>Table &amp;text size:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="116"/>
        <location filename="../../ui/settings_dialog.ui" line="142"/>
        <source> пт</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="126"/>
        <source>Размер &amp;заголовка:</source>
        <translation>Title si&amp;ze:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="152"/>
        <source>Поле с&amp;лева:</source>
        <translation>&amp;Left margin:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="168"/>
        <location filename="../../ui/settings_dialog.ui" line="194"/>
        <location filename="../../ui/settings_dialog.ui" line="220"/>
        <location filename="../../ui/settings_dialog.ui" line="246"/>
        <source> мм</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="178"/>
        <source>Поле с&amp;права:</source>
        <translation>&amp;Right margin:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="204"/>
        <source>Поле с&amp;верху:</source>
        <translation>&amp;Top margin:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="230"/>
        <source>Поле с&amp;низу:</source>
        <translation>&amp;Bottom margin:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="256"/>
        <source>Ш&amp;аблон DOCX:</source>
        <translation>DOCX te&amp;mplate:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="268"/>
        <source>встроенный шаблон</source>
        <translation>built-in template</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="275"/>
        <location filename="../../ui/settings_dialog.ui" line="353"/>
        <source>Выбрать…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="284"/>
        <source>По&amp;дпись:</source>
        <translation>Si&amp;gnature:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="297"/>
        <source>Должность, ФИО — печатается под таблицей</source>
        <translation>Position, name — printed under the table</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="304"/>
        <source>&amp;Исполнитель:</source>
        <translation>&amp;Executor:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="317"/>
        <source>Исп.: ФИО, телефон</source>
        <translation>Executor: name, phone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="325"/>
        <source>Резервные копии</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="334"/>
        <source>&amp;Папка:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="346"/>
        <source>рядом с файлом базы данных</source>
        <translation>next to the database file</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="362"/>
        <source>&amp;Хранить копий:</source>
        <translation>&amp;Keep copies:</translation>
    </message>
</context>
<context>
    <name>TimingEdit</name>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="73"/>
        <source>один день</source>
        <translation>one day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="74"/>
        <source>период</source>
        <translation>date range</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="75"/>
        <source>месяц</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="76"/>
        <source>несколько месяцев</source>
        <translation>several months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="77"/>
        <source>квартал</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="78"/>
        <source>весь период</source>
        <translation>whole period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="79"/>
        <source>ежемесячно</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="80"/>
        <source>еженедельно</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="81"/>
        <source>свой текст</source>
        <translation>own text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="211"/>
        <source>Даты {0} не существует (в этом месяце {1} дн.) — проверьте число. Пока сроки сохранятся как написано и будут отнесены ко всему отчётному периоду.</source>
        <translation>The date {0} does not exist (this month has {1} days) — check the day. For now the timing is kept as written and counts for the whole report period.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="215"/>
        <source>Сроки не распознаны — они сохранятся как написано и будут отнесены ко всему отчётному периоду. Так программа понимает: «5 февраля», «29-31 января», «20 февраля – 13 марта», «январь – март», «I квартал», «ежемесячно».</source>
        <translation>The timing was not understood — it will be saved as written and counted for the whole report period. Phrases the program understands: «5 февраля», «29-31 января», «20 февраля – 13 марта», «январь – март», «I квартал», «ежемесячно».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="225"/>
        <source>Напишите сроки или выберите вид и даты — здесь будет видно, как они поняты.</source>
        <translation>Write the timing or choose a kind and dates — you will see here how it was understood.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="236"/>
        <source>с {0} по {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="239"/>
        <source>Понято как: «{0}», {1}</source>
        <translation>Understood as «{0}», {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="242"/>
        <source> — ⚠ вне отчётного периода ({0})</source>
        <translation> — ⚠ outside the report period ({0})</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="38"/>
        <source>Несохранённые изменения</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="39"/>
        <source>Изменения не сохранены. Сохранить их перед закрытием?</source>
        <translation>The changes are not saved. Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="40"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="41"/>
        <source>Не сохранять</source>
        <translation>Don’t Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="42"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_ReferenceList</name>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="73"/>
        <source>Серым показаны недействующие записи. Запись, на которую ссылаются мероприятия, удалить нельзя — её можно отметить как недействующую.</source>
        <translation>Inactive records are shown in grey. A record that events refer to cannot be deleted — it can be marked inactive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="139"/>
        <source>Удалить нельзя</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="145"/>
        <location filename="../../desktop_app/ui/reference_editors.py" line="158"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="151"/>
        <source>Понятно</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="155"/>
        <source>Удаление</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reference_editors.py" line="157"/>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
</context>
</TS>
