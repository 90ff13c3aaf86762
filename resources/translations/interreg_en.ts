<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ru">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="161"/>
        <source>Действие не выполнено</source>
        <translation>Action not performed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="182"/>
        <source>Отменить или повторить это действие нельзя: {0}</source>
        <translation>This action cannot be undone or redone: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="189"/>
        <source>Создание мероприятия</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="204"/>
        <source>Изменение мероприятия «{0}»</source>
        <translation>Edit event “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="213"/>
        <source>Удаление мероприятия</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="215"/>
        <source>Удаление мероприятий: {0}</source>
        <translation>Delete events: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="228"/>
        <source>Сохранение соглашения</source>
        <translation>Save agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="237"/>
        <source>Удаление соглашения</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="247"/>
        <source>Сохранение департамента</source>
        <translation>Save department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="256"/>
        <source>Удаление департамента</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="65"/>
        <source>Отчеты межрегионального сотрудничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="69"/>
        <source>Отчет не сохранен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="80"/>
        <source>Сохранить отчет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="105"/>
        <source>Предварительный просмотр отчета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="116"/>
        <source>Печать невозможна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="144"/>
        <source>Письмо не подготовлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="149"/>
        <source>Письмо подготовлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="150"/>
        <source>Почтовая программа не открылась. Файл отчета и черновик письма сохранены в папке:
{folder}
Приложите файл {name} к письму вручную.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="52"/>
        <source>Функция недоступна</source>
        <translation>Not available</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="53"/>
        <source>Эта функция в данной версии программы недоступна ({0}).</source>
        <translation>This function is not available in this version ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="106"/>
        <source>Мероприятие уже удалено.</source>
        <translation>The event has already been deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="115"/>
        <source>Удалено мероприятий: {0}. Отменить — Ctrl+Z.</source>
        <translation>Events deleted: {0}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="130"/>
        <source>В справочнике нет действующих соглашений.</source>
        <translation>There are no agreements in force.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="134"/>
        <source>Дублировать для другого соглашения</source>
        <translation>Duplicate for another agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="134"/>
        <source>Соглашение:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="140"/>
        <source>Дублирование мероприятий</source>
        <translation>Duplicate events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="180"/>
        <source>Дублирование в следующий квартал</source>
        <translation>Duplicate into next quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="183"/>
        <source>Скопировано в {0}: {1}.</source>
        <translation>Copied into {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="231"/>
        <source>Резервная копия сохранена: {0}</source>
        <translation>Backup saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="261"/>
        <source>Настройки</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="261"/>
        <source>Язык интерфейса изменится после перезапуска программы.</source>
        <translation>The interface language changes after the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="268"/>
        <source>Загрузка демо-данных</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="272"/>
        <source>Загружено мероприятий: {0}.</source>
        <translation>Events loaded: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="282"/>
        <source>Пустая база данных</source>
        <translation>Empty database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="283"/>
        <source>В базе данных пока нет мероприятий. Загрузить демонстрационные данные (отчёт за I квартал 2020 года)?</source>
        <translation>The database has no events yet. Load the demonstration data (the report for Q1 2020)?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="295"/>
        <source>О программе</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="296"/>
        <source>Учёт мероприятий по соглашениям о межрегиональном сотрудничестве.
Версия {0}.</source>
        <translation>Events under interregional cooperation agreements.
Version {0}.</translation>
    </message>
</context>
<context>
    <name>AgreementListModel</name>
    <message>
        <location filename="../../desktop_app/ui/agreement_picker.py" line="176"/>
        <source>{0} (не действует)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agreement_picker.py" line="180"/>
        <source>Регионы: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agreement_picker.py" line="183"/>
        <source>№ {0}, подписано {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agreement_picker.py" line="187"/>
        <source>Последний раз выбрано {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agreement_picker.py" line="195"/>
        <source>{0} — не действует</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop_app/ui/application.py" line="51"/>
        <source>Межрегиональное сотрудничество</source>
        <translation>Interregional cooperation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/application.py" line="71"/>
        <source>База данных не открыта</source>
        <translation>Database not opened</translation>
    </message>
</context>
<context>
    <name>ChosenAgreementsModel</name>
    <message>
        <location filename="../../desktop_app/ui/agreement_picker.py" line="293"/>
        <location filename="../../desktop_app/ui/agreement_picker.py" line="300"/>
        <source>(соглашение удалено)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentListModel</name>
    <message>
        <location filename="../../desktop_app/ui/department_list_model.py" line="47"/>
        <source>Все департаменты</source>
        <translation>All departments</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/event_form.ui" line="14"/>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="25"/>
        <source>&amp;Департамент:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="72"/>
        <source>Соглашения, в рамках которых проведена работа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="78"/>
        <source>&amp;Найти (часть названия, краткого названия или региона):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="91"/>
        <source>например: Москв, Липецк, Крым — Enter добавляет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="101"/>
        <source>Enter или двойной щелчок — добавить соглашение к мероприятию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="125"/>
        <source>Показать также соглашения, которые не действовали в отчётном периоде</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="128"/>
        <source>показать недействующие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="145"/>
        <source>Добавить выделенное соглашение (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="148"/>
        <source>Добавить ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="160"/>
        <source>&amp;Выбранные, в порядке отчёта:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="172"/>
        <source>Ctrl+↑ / Ctrl+↓ — переставить, Del — убрать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="199"/>
        <source>Поднять выше (Ctrl+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="202"/>
        <source>Выше</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="215"/>
        <source>Опустить ниже (Ctrl+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="218"/>
        <source>Ниже</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="231"/>
        <source>Убрать соглашение из мероприятия (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="234"/>
        <source>Убрать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="273"/>
        <source>На&amp;именование:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="301"/>
        <source>Выставка, совещание, конференция…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="315"/>
        <source>&amp;Сроки:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="336"/>
        <source>Напишите сроки так, как в отчёте: «5 февраля», «29-31 января», «20 февраля – 13 марта», «январь – март», «I квартал», «ежемесячно»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="339"/>
        <source>например: 29-31 января</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="346"/>
        <source>Вид сроков: выберите и укажите даты в календаре — фраза составится сама</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="353"/>
        <source>Начало</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="356"/>
        <location filename="../../ui/event_form.ui" line="376"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="373"/>
        <source>Окончание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="405"/>
        <source>&amp;Место:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="418"/>
        <source>г. Смоленск, …  (подсказки — из прежних мероприятий)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="425"/>
        <source>&amp;Участники:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="441"/>
        <source>Общее количество, представители регионов, другие сведения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="448"/>
        <source>&amp;Количество:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="469"/>
        <source>Общее число участников, если оно известно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="472"/>
        <source>не указано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="491"/>
        <source>&amp;Регионы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="504"/>
        <source>Регионы участников через точку с запятой; подсказки — из списка регионов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="507"/>
        <source>например: Брянская область; Калужская область</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="521"/>
        <source>Сод&amp;ержание
и результат:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="538"/>
        <source>Краткая информация о достигнутых договорённостях, подписанных документах и т. д.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="545"/>
        <source>С&amp;татус:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="563"/>
        <source>Повторять соглашение в отчёте</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="579"/>
        <source>При&amp;мечание:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="607"/>
        <source>Причины невыполнения запланированного мероприятия; «-», если сказать нечего</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="641"/>
        <source>Сохранить и сразу начать следующее мероприятие (Ctrl+Shift+S, Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="644"/>
        <source>Сохранить и создать ещё</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="654"/>
        <source>Сохранить мероприятие (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="657"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="667"/>
        <source>Закрыть без сохранения (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_form.ui" line="670"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFormDialog</name>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="121"/>
        <source>Печатать соглашение в этой строке отчёта, даже если в строке выше указаны те же соглашения (обычно такие ячейки объединяются в одну).</source>
        <extracomment>Anything typed changed; the crash-recovery code saves a draft on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="172"/>
        <source>Выберите департамент</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="179"/>
        <source>проведено</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="180"/>
        <source>запланировано</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="181"/>
        <location filename="../../desktop_app/ui/event_form.py" line="320"/>
        <source>не проведено</source>
        <translation>not held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="182"/>
        <location filename="../../desktop_app/ui/event_form.py" line="320"/>
        <source>перенесено</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="303"/>
        <source>Выберите департамент, который провёл мероприятие.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="306"/>
        <source>Выберите хотя бы одно соглашение: начните печатать его название или регион и нажмите Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="310"/>
        <source>Укажите наименование мероприятия.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="313"/>
        <source>Укажите сроки проведения: например, «5 февраля» или «29-31 января».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="319"/>
        <source>Мероприятие {0}: напишите в примечании причину.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="380"/>
        <source>Мероприятие не сохранено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="412"/>
        <source>Мероприятие «{0}» сохранено. Введите следующее.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="442"/>
        <source>Нет в списке регионов, будет добавлено: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="449"/>
        <source>Новое мероприятие {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="451"/>
        <source>без названия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="452"/>
        <source>Мероприятие «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="75"/>
        <source>проведено</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="76"/>
        <source>запланировано</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="77"/>
        <source>не проведено</source>
        <translation>not held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="78"/>
        <source>перенесено</source>
        <translation>postponed</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="60"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="61"/>
        <source>Соглашения</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="62"/>
        <source>Наименование мероприятия</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="63"/>
        <source>Сроки</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="64"/>
        <source>Место проведения</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="65"/>
        <source>Участники</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="66"/>
        <source>Содержание и результат</source>
        <translation>Content and result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="67"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_table_model.py" line="68"/>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="117"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="296"/>
        <source>Импорт отчётов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="136"/>
        <source>Строки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="141"/>
        <source>Эти названия не найдены в базе. Укажите, чему каждое соответствует, или выберите «Создать новое», затем нажмите «Применить сопоставление».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="145"/>
        <source>Применить сопоставление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="149"/>
        <source>Несопоставленные названия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="158"/>
        <source>В базе (моё)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="158"/>
        <source>В файле</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="163"/>
        <source>Оставить моё</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="164"/>
        <source>Взять из файла</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="172"/>
        <source>Конфликты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="176"/>
        <source>Итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="180"/>
        <source>Импортировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="192"/>
        <source>Файлы: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="209"/>
        <source>Импорт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="219"/>
        <source>Соглашение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="219"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="220"/>
        <source>(не указан в файле)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="229"/>
        <source>— выберите —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="231"/>
        <source>Создать новое</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="278"/>
        <source>Будет добавлено: %1, обновлено: %2, пропущено: %3, конфликтов: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="283"/>
        <source>Сопоставьте названия (%1), чтобы продолжить.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="307"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="97"/>
        <source>I квартал</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="97"/>
        <source>II квартал</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="97"/>
        <source>III квартал</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="98"/>
        <source>IV квартал</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="98"/>
        <source>I полугодие</source>
        <translation>1st half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="98"/>
        <source>II полугодие</source>
        <translation>2nd half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="99"/>
        <source>9 месяцев</source>
        <translation>9 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="99"/>
        <source>год</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>Все</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="139"/>
        <source>Отменить</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>Повторить</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273"/>
        <source>Мероприятия {0} — межрегиональное сотрудничество</source>
        <translation>Events {0} — interregional cooperation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="308"/>
        <source>Мероприятий: {0}</source>
        <translation>Events: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="310"/>
        <source>(для поиска введите не меньше трёх букв)</source>
        <translation>(type at least three letters to search)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="339"/>
        <source>Департамент</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="340"/>
        <source>Соглашения</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="341"/>
        <source>Сроки</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="342"/>
        <source>Место проведения</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="343"/>
        <source>всего</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="345"/>
        <source>Участники</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="347"/>
        <source>Регионы-участники</source>
        <translation>Participating regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="348"/>
        <source>Содержание и результат</source>
        <translation>Content and result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="349"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="350"/>
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
        <location filename="../../desktop_app/ui/import_dialog.py" line="73"/>
        <source>Строка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="73"/>
        <source>Действие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="73"/>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="74"/>
        <source>Причина</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="29"/>
        <source>Русский</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="31"/>
        <source>— не выбран —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="84"/>
        <source>Шаблон отчёта</source>
        <translation>Report template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="84"/>
        <source>Документы Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="91"/>
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
        <location filename="../../desktop_app/ui/timing_edit.py" line="77"/>
        <source>один день</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="78"/>
        <source>период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="79"/>
        <source>месяц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="80"/>
        <source>несколько месяцев</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="81"/>
        <source>квартал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="82"/>
        <source>весь период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="83"/>
        <source>ежемесячно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="84"/>
        <source>еженедельно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="85"/>
        <source>свой текст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="215"/>
        <source>Сроки не распознаны — они сохранятся как написано и будут отнесены ко всему отчётному периоду. Так программа понимает: «5 февраля», «29-31 января», «20 февраля – 13 марта», «январь – март», «I квартал», «ежемесячно».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="225"/>
        <source>Напишите сроки или выберите вид и даты — здесь будет видно, как они поняты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="236"/>
        <source>с {0} по {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="239"/>
        <source>Понято как: «{0}», {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timing_edit.py" line="242"/>
        <source> — ⚠ вне отчётного периода ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="58"/>
        <source>Несохранённые изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="59"/>
        <source>Изменения не сохранены. Сохранить их перед закрытием?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="60"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="61"/>
        <source>Не сохранять</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/event_form.py" line="62"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="335"/>
        <source>Импорт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="336"/>
        <source>База данных не изменена.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
