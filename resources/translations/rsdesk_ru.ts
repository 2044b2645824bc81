<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About rsdesk</source>
            <translation>О программе rsdesk</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Версия {version}</translation>
        </message>
        <message>
            <source>The workplace of a school or territorial reconciliation service: requests and cases, restorative programs step by step, documents, and the yearly statistics for the regional centre. Works without internet; all case data is kept in one encrypted file.</source>
            <translation>Рабочее место школьной или территориальной службы примирения: обращения и случаи, восстановительные программы шаг за шагом, документы и годовая статистика для регионального центра. Работает без интернета; все данные о случаях хранятся в одном зашифрованном файле.</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later. The PT Sans font is used under the SIL Open Font License 1.1.</source>
            <translation>Свободная программа по лицензии GNU General Public License версии 3 или более поздней. Шрифт PT Sans используется по лицензии SIL Open Font License 1.1.</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Requests and cases</source>
            <translation>Обращения и случаи</translation>
        </message>
        <message>
            <source>Requests and the cases that grow from them will be listed here: who turned to the service and why, the decision on each request, the participants, the program and how the work goes. Register the first request when the service's vault is open.</source>
            <translation>Здесь будут заявки и случаи, которые из них вырастают: кто и почему обратился в службу, решение по каждой заявке, участники, программа и ход работы. Зарегистрируйте первую заявку, когда хранилище службы будет открыто.</translation>
        </message>
        <message>
            <source>Programs and meetings</source>
            <translation>Программы и встречи</translation>
        </message>
        <message>
            <source>Restorative programs will be run here step by step: the consent of every party, the meetings with each party, the joint meeting, the agreement and the follow-up. A calendar shows the meetings and follow-ups that are due.</source>
            <translation>Здесь восстановительные программы будут проводиться шаг за шагом: согласие каждой стороны, встречи с каждой стороной, совместная встреча, договор и последующая встреча. Календарь покажет предстоящие встречи и сроки проверки договорённостей.</translation>
        </message>
        <message>
            <source>Mediators</source>
            <translation>Медиаторы</translation>
        </message>
        <message>
            <source>The service's people will be here: the curator, adult and young mediators, their training (modules M1–M7, the program for young mediators, seminars, supervision and intervision) and which programs each of them may lead.</source>
            <translation>Здесь будет состав службы: куратор, взрослые и юные медиаторы, их обучение (модули М1–М7, программа для юных медиаторов, семинары, супервизии и интервизии) и то, какие программы каждый из них может вести.</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>The service's yearly figures will be here, and the anonymized statistics file for the regional centre. Before the file is written you see every number that leaves this computer.</source>
            <translation>Здесь будут годовые показатели службы и обезличенный файл статистики для регионального центра. Перед записью файла вы увидите каждое число, которое покинет этот компьютер.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
    </context>
    <context>
        <name>CaseCardDialog</name>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Участники</translation>
        </message>
        <message>
            <source>&amp;Mediators</source>
            <translation>&amp;Медиаторы</translation>
        </message>
        <message>
            <source>P&amp;rograms</source>
            <translation>П&amp;рограммы</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Ход работы</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>&amp;Документы</translation>
        </message>
        <message>
            <source>&amp;Assign a mediator…</source>
            <translation>&amp;Назначить медиатора…</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up…</source>
            <translation>Запланировать &amp;проверку…</translation>
        </message>
        <message>
            <source>Close the &amp;case…</source>
            <translation>&amp;Закрыть случай…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Case No. {number}</source>
            <translation>Случай № {number}</translation>
        </message>
        <message>
            <source>Case No. {number}: {category}</source>
            <translation>Случай № {number}: {category}</translation>
        </message>
        <message>
            <source>Status: {status}; opened {date}</source>
            <translation>Статус: {status}; открыт {date}</translation>
        </message>
        <message>
            <source>, closed {date}</source>
            <translation>, закрыт {date}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <source>Class or age</source>
            <translation>Класс или возраст</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>несовершеннолетний</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>взрослый</translation>
        </message>
        <message>
            <source>Mediator</source>
            <translation>Медиатор</translation>
        </message>
        <message>
            <source>Role in the case</source>
            <translation>Роль в случае</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Начата</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Завершена</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Adults</source>
            <translation>Взрослых</translation>
        </message>
        <message>
            <source>Minors</source>
            <translation>Несовершеннолетних</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Создан</translation>
        </message>
        <message>
            <source>Consents, agreements and reports to the referring body made for this case are kept here, encrypted inside the service file.</source>
            <translation>Здесь хранятся согласия, договоры и отчёты для направившей организации по этому случаю — в зашифрованном виде, внутри файла службы.</translation>
        </message>
        <message>
            <source>(done {date})</source>
            <translation>(проведена {date})</translation>
        </message>
        <message>
            <source>(due)</source>
            <translation>(предстоит)</translation>
        </message>
        <message>
            <source>Assign a mediator</source>
            <translation>Назначение медиатора</translation>
        </message>
        <message>
            <source>&amp;Mediator:</source>
            <translation>&amp;Медиатор:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>Plan a follow-up</source>
            <translation>Проверка выполнения договорённостей</translation>
        </message>
        <message>
            <source>&amp;Due on:</source>
            <translation>&amp;Когда:</translation>
        </message>
        <message>
            <source>&amp;What to check:</source>
            <translation>&amp;Что проверить:</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Закрытие случая</translation>
        </message>
        <message>
            <source>&amp;Closed on:</source>
            <translation>&amp;Дата закрытия:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Примечание:</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>Search: number, participant, mediator, description…</source>
            <translation>Поиск: номер, участник, медиатор, описание…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Все состояния</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Все годы</translation>
        </message>
        <message>
            <source>All situations</source>
            <translation>Все ситуации</translation>
        </message>
        <message>
            <source>All mediators</source>
            <translation>Все медиаторы</translation>
        </message>
        <message>
            <source>Shown {shown} of {total} cases</source>
            <translation>Показано случаев: {shown} из {total}</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыт</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Ситуация</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Mediators</source>
            <translation>Медиаторы</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Обзор</translation>
        </message>
        <message>
            <source>&amp;Requests</source>
            <translation>&amp;Заявки</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>&amp;Случаи</translation>
        </message>
    </context>
    <context>
        <name>ConfirmKeyPage</name>
        <message>
            <source>Confirm the recovery key</source>
            <translation>Подтверждение ключа восстановления</translation>
        </message>
        <message>
            <source>To be sure the key is written down, type two of its groups from your paper (not from the screen: you can go back to it).</source>
            <translation>Чтобы убедиться, что ключ записан, введите две его группы с вашего листа (не с экрана: к ключу можно вернуться кнопкой «Назад»).</translation>
        </message>
        <message>
            <source>Group {n}:</source>
            <translation>Группа {n}:</translation>
        </message>
    </context>
    <context>
        <name>CreateServiceWizard</name>
        <message>
            <source>Create a reconciliation service</source>
            <translation>Создание службы примирения</translation>
        </message>
    </context>
    <context>
        <name>CuratorPage</name>
        <message>
            <source>The curator and the password</source>
            <translation>Куратор и пароль</translation>
        </message>
        <message>
            <source>The password opens every case of the service. Choose one that others cannot guess, and do not write it on the computer.</source>
            <translation>Пароль открывает все случаи службы. Выберите такой, который другие не угадают, и не записывайте его на компьютере.</translation>
        </message>
        <message>
            <source>Surname, first name, patronymic</source>
            <translation>Фамилия, имя, отчество</translation>
        </message>
        <message>
            <source>C&amp;urator:</source>
            <translation>&amp;Куратор:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>R&amp;epeat the password:</source>
            <translation>П&amp;овторите пароль:</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Создать</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>rsdesk: reconciliation service</source>
            <translation>rsdesk — служба примирения</translation>
        </message>
        <message>
            <source>&amp;Create a service…</source>
            <translation>&amp;Создать службу…</translation>
        </message>
        <message>
            <source>&amp;Open a vault file…</source>
            <translation>&amp;Открыть файл хранилища…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Сменить &amp;пароль…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Заблокировать</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>Requests and cases</source>
            <translation>Обращения и случаи</translation>
        </message>
        <message>
            <source>Programs and meetings</source>
            <translation>Программы и встречи</translation>
        </message>
        <message>
            <source>Mediators</source>
            <translation>Медиаторы</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>&amp;About rsdesk</source>
            <translation>&amp;О программе rsdesk</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Переход</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>No service vault is open</source>
            <translation>Хранилище службы не открыто</translation>
        </message>
        <message>
            <source>Saving failed: {reason} The changes are kept in memory and saving will be retried.</source>
            <translation>Сохранить не удалось: {reason} Изменения хранятся в памяти, сохранение будет повторено.</translation>
        </message>
        <message>
            <source>Open a vault file</source>
            <translation>Открыть файл хранилища</translation>
        </message>
        <message>
            <source>rsdesk vault (*.rsdv);;All files (*)</source>
            <translation>Хранилище rsdesk (*.rsdv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The password is changed.</source>
            <translation>Пароль изменён.</translation>
        </message>
        <message>
            <source>Changes are not saved</source>
            <translation>Изменения не сохранены</translation>
        </message>
        <message>
            <source>The last changes could not be saved: {reason}

Quit anyway and lose them?</source>
            <translation>Последние изменения не удалось сохранить: {reason}

Всё равно выйти и потерять их?</translation>
        </message>
    </context>
    <context>
        <name>MediatorDialog</name>
        <message>
            <source>Mediator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>surname, first name, patronymic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Class:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example 8A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example school psychologist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Years served:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example 2024, 2025</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The yearly statistics count the mediators who served in that year: list every year the person worked in the service.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsEditor</name>
        <message>
            <source>Surname and name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minor or adult</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F2 or typing edits a cell, Enter confirms; Insert adds a row, Delete removes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>adult</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}, {column}: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Смена пароля</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Текущий пароль:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Новый пароль:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Повторите его:</translation>
        </message>
        <message>
            <source>Set a new password with the recovery key</source>
            <translation>Новый пароль по ключу восстановления</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>&amp;Ключ восстановления:</translation>
        </message>
        <message>
            <source>the groups from the paper sheet</source>
            <translation>группы символов с бумажного листа</translation>
        </message>
        <message>
            <source>Type the recovery key printed when the service was created, then choose a new password. The old password stops working.</source>
            <translation>Введите ключ восстановления, записанный при создании службы, и задайте новый пароль. Старый пароль перестанет действовать.</translation>
        </message>
        <message>
            <source>Only your key slot is rewritten; the cases stay as they are.</source>
            <translation>Перезаписывается только ваш ключ доступа; случаи остаются как есть.</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>Please wait…</source>
            <translation>Подождите…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <source>The recovery key</source>
            <translation>Ключ восстановления</translation>
        </message>
        <message>
            <source>Creating the encrypted vault… This takes a few seconds.</source>
            <translation>Создаём зашифрованное хранилище… Это займёт несколько секунд.</translation>
        </message>
        <message>
            <source>The vault is created. Write this key down on paper now and keep it in a safe place. It is shown only once.</source>
            <translation>Хранилище создано. Запишите этот ключ на бумаге прямо сейчас и храните его в надёжном месте. Ключ показан только один раз.</translation>
        </message>
        <message>
            <source>If the password is forgotten, this key is the only way to open the service's cases. Without both, nobody — not even the developers — can recover them.</source>
            <translation>Если пароль забыт, только этот ключ откроет случаи службы. Без пароля и ключа их не восстановит никто — даже разработчики.</translation>
        </message>
        <message>
            <source>The vault was not created: {reason}</source>
            <translation>Хранилище не создано: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RequestList</name>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Год:</translation>
        </message>
        <message>
            <source>&amp;New request…</source>
            <translation>&amp;Новая заявка…</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation>&amp;Решение…</translation>
        </message>
    </context>
    <context>
        <name>RequestListModel</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Поступила</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Кто направил</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Ситуация</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <source>The service</source>
            <translation>Служба</translation>
        </message>
        <message>
            <source>Who keeps this journal. The name and place go into the yearly statistics file; no case data ever does.</source>
            <translation>Кто ведёт этот журнал. Название и место попадут в годовой файл статистики; данные случаев — никогда.</translation>
        </message>
        <message>
            <source>&amp;School reconciliation service</source>
            <translation>&amp;Школьная служба примирения</translation>
        </message>
        <message>
            <source>&amp;Territorial reconciliation service</source>
            <translation>&amp;Территориальная служба примирения</translation>
        </message>
        <message>
            <source>e.g. School No. 12, Kemerovo</source>
            <translation>например, МБОУ «СОШ № 12» г. Кемерово</translation>
        </message>
        <message>
            <source>e.g. Kemerovo region</source>
            <translation>например, Кемеровская область — Кузбасс</translation>
        </message>
        <message>
            <source>e.g. Kemerovo city district</source>
            <translation>например, Кемеровский городской округ</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Выбрать…</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Вид службы:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Организация:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Регион:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Муниципалитет:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>Where to keep the vault</source>
            <translation>Где хранить файл службы</translation>
        </message>
        <message>
            <source>rsdesk vault (*.rsdv)</source>
            <translation>Хранилище rsdesk (*.rsdv)</translation>
        </message>
        <message>
            <source>This file already exists. Choose another name, or open it from the start page instead.</source>
            <translation>Такой файл уже есть. Выберите другое имя или откройте этот файл со стартовой страницы.</translation>
        </message>
        <message>
            <source>The folder cannot be created: {reason}</source>
            <translation>Не удалось создать папку: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <source>&amp;Lock after idle:</source>
            <translation>&amp;Блокировать при бездействии через:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Settings are applied at once and remembered for the next start. Locking hides the cases and removes the decrypted data and keys from memory; the password opens them again.</source>
            <translation>Настройки применяются сразу и сохраняются для следующего запуска. Блокировка скрывает случаи и удаляет расшифрованные данные и ключи из памяти; пароль открывает их снова.</translation>
        </message>
    </context>
    <context>
        <name>StartPanel</name>
        <message>
            <source>{date} · case No. {number} · {note}</source>
            <translation>{date} · случай № {number} · {note}</translation>
        </message>
        <message>
            <source>check how the agreement is kept</source>
            <translation>проверить выполнение договорённостей</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(просрочено)</translation>
        </message>
        <message>
            <source>open cases</source>
            <translation>открытых случаев</translation>
        </message>
        <message>
            <source>requests awaiting a decision</source>
            <translation>заявок ждут решения</translation>
        </message>
        <message>
            <source>requests in {year}: accepted {accepted}, declined {declined}, transferred {transferred}</source>
            <translation>заявок в {year} году: принято {accepted}, отклонено {declined}, передано {transferred}</translation>
        </message>
        <message>
            <source>Follow-ups due this week</source>
            <translation>Проверки договорённостей на этой неделе</translation>
        </message>
        <message>
            <source>Nothing is due this week.</source>
            <translation>На этой неделе проверок нет.</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Training record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>topic, who held it, certificate number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Open the service's vault</source>
            <translation>Откройте хранилище службы</translation>
        </message>
        <message>
            <source>The cases of the service are kept encrypted. Enter your password to open them.</source>
            <translation>Случаи службы хранятся в зашифрованном виде. Введите пароль, чтобы открыть их.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Forgot the password?</source>
            <translation>&amp;Забыли пароль?</translation>
        </message>
        <message>
            <source>Open &amp;another file…</source>
            <translation>Открыть &amp;другой файл…</translation>
        </message>
        <message>
            <source>Create a &amp;new service…</source>
            <translation>Создать &amp;новую службу…</translation>
        </message>
        <message>
            <source>Enter the password.</source>
            <translation>Введите пароль.</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Проверяем пароль…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to rsdesk</source>
            <translation>Добро пожаловать в rsdesk</translation>
        </message>
        <message>
            <source>rsdesk keeps the requests, cases and programs of a reconciliation service in one encrypted file on this computer. Nothing is sent anywhere. Create the file for your service, or open one you already have (for example, copied from a USB stick).</source>
            <translation>rsdesk хранит заявки, случаи и программы службы примирения в одном зашифрованном файле на этом компьютере. Ничего никуда не отправляется. Создайте файл своей службы или откройте уже существующий (например, скопированный с флешки).</translation>
        </message>
        <message>
            <source>&amp;Create a service…</source>
            <translation>&amp;Создать службу…</translation>
        </message>
        <message>
            <source>&amp;Open a vault file…</source>
            <translation>&amp;Открыть файл хранилища…</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Workplace of a reconciliation service. Without a command, opens the window.</source>
            <translation>Рабочее место службы примирения. Без команды открывает окно программы.</translation>
        </message>
        <message>
            <source>open the application window</source>
            <translation>открыть окно программы</translation>
        </message>
        <message>
            <source>create, check and protect a service file</source>
            <translation>создать, проверить и защитить файл службы</translation>
        </message>
        <message>
            <source>create a new service file</source>
            <translation>создать новый файл службы</translation>
        </message>
        <message>
            <source>the new file</source>
            <translation>новый файл</translation>
        </message>
        <message>
            <source>the organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>the region</source>
            <translation>регион</translation>
        </message>
        <message>
            <source>the municipality</source>
            <translation>муниципальное образование</translation>
        </message>
        <message>
            <source>the curator's name</source>
            <translation>имя куратора</translation>
        </message>
        <message>
            <source>check a service file: 0 intact, 2 wrong password, 3 damaged or incomplete, 4 made by a newer version, 5 older than a copy seen before</source>
            <translation>проверить файл службы: 0 — в порядке, 2 — неверный пароль, 3 — повреждён или неполный, 4 — создан более новой версией, 5 — старее копии, открытой раньше</translation>
        </message>
        <message>
            <source>change your password</source>
            <translation>сменить свой пароль</translation>
        </message>
        <message>
            <source>Interrupted.</source>
            <translation>Прервано.</translation>
        </message>
        <message>
            <source>No password was given.</source>
            <translation>Пароль не введён.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Новый пароль: </translation>
        </message>
        <message>
            <source>Repeat the new password: </source>
            <translation>Повторите новый пароль: </translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>Recovery key (shown only once):</source>
            <translation>Ключ восстановления (показывается только один раз):</translation>
        </message>
        <message>
            <source>Write it down on paper and keep it in a locked place away from the computer. With it a forgotten password can be reset; without it and without the password the cases cannot be read by anyone.</source>
            <translation>Перепишите его на бумагу и храните под замком отдельно от компьютера. С ним можно сбросить забытый пароль; без него и без пароля прочитать случаи не сможет никто.</translation>
        </message>
        <message>
            <source>To confirm, type groups {first} and {second} of the key: </source>
            <translation>Для проверки введите группы {first} и {second} ключа: </translation>
        </message>
        <message>
            <source>That does not match the key. Look at it again.</source>
            <translation>Это не совпадает с ключом. Посмотрите на него ещё раз.</translation>
        </message>
        <message>
            <source>The recovery key was not confirmed; no file was created.</source>
            <translation>Ключ восстановления не подтверждён; файл не создан.</translation>
        </message>
        <message>
            <source>Curator</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <source>The service file was created: {path}</source>
            <translation>Файл службы создан: {path}</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Пароль: </translation>
        </message>
        <message>
            <source>The file is intact (save No. {generation}).</source>
            <translation>Файл в порядке (сохранение № {generation}).</translation>
        </message>
        <message>
            <source>Current password: </source>
            <translation>Текущий пароль: </translation>
        </message>
        <message>
            <source>The password was changed.</source>
            <translation>Пароль изменён.</translation>
        </message>
    </context>
    <context>
        <name>gate</name>
        <message>
            <source>The file could not be read: {reason}</source>
            <translation>Не удалось прочитать файл: {reason}</translation>
        </message>
        <message>
            <source>Unexpected error: {reason}</source>
            <translation>Непредвиденная ошибка: {reason}</translation>
        </message>
    </context>
    <context>
        <name>passwords</name>
        <message>
            <source>Too short: at least {n} characters.</source>
            <translation>Слишком короткий: не меньше {n} символов.</translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add words, digits or signs that only you know.</source>
            <translation>Слабый: его легко угадать. Добавьте слова, цифры или знаки, известные только вам.</translation>
        </message>
        <message>
            <source>Fair. A few more words or characters will make it strong.</source>
            <translation>Средний. Ещё несколько слов или символов сделают его надёжным.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Надёжный.</translation>
        </message>
    </context>
    <context>
        <name>procedures</name>
        <message>
            <source>Write down the reason.</source>
            <translation>Запишите причину.</translation>
        </message>
        <message>
            <source>«{id}» is not a participant of this program.</source>
            <translation>«{id}» не участвует в этой программе.</translation>
        </message>
        <message>
            <source>Before asking {who} for consent, explain: {items}.</source>
            <translation>Прежде чем спрашивать о согласии (участник: {who}), объясните: {items}.</translation>
        </message>
        <message>
            <source>Consent can be asked only after {who} has heard what the restorative approach is and what legal consequences taking part may have.</source>
            <translation>О согласии можно спросить только после того, как участнику ({who}) рассказали о восстановительном подходе и о том, какие правовые последствия может иметь участие. Сначала отметьте это в списке.</translation>
        </message>
        <message>
            <source>The program has no stage «{key}».</source>
            <translation>В программе нет этапа «{key}».</translation>
        </message>
        <message>
            <source>The program has ended: {outcome}.</source>
            <translation>Программа уже завершена: {outcome}.</translation>
        </message>
        <message>
            <source>First finish the stage «{title}».</source>
            <translation>Сначала завершите этап «{title}».</translation>
        </message>
        <message>
            <source>This stage was skipped.</source>
            <translation>Этот этап пропущен.</translation>
        </message>
        <message>
            <source>This stage is already done.</source>
            <translation>Этот этап уже пройден.</translation>
        </message>
        <message>
            <source>Choose the participant this stage is held with.</source>
            <translation>Выберите участника, с которым проходит этот этап.</translation>
        </message>
        <message>
            <source>This stage is not held with {who}.</source>
            <translation>Этот этап не проводится с участником: {who}.</translation>
        </message>
        <message>
            <source>This stage has already been held with {who}.</source>
            <translation>Этот этап уже проведён с участником: {who}.</translation>
        </message>
        <message>
            <source>Record the informed consent of {who} before finishing this stage; if they do not agree, record their refusal.</source>
            <translation>Прежде чем завершить этап, запишите осознанное согласие участника ({who}); если он не согласен, запишите отказ.</translation>
        </message>
        <message>
            <source>This stage cannot be skipped.</source>
            <translation>Этот этап нельзя пропустить.</translation>
        </message>
        <message>
            <source>Before passing the information on, tell the participants that it will be disclosed and to whom, and mark who was told.</source>
            <translation>Прежде чем передавать сведения, скажите участникам, что они будут раскрыты и кому, и отметьте, кому вы это сказали.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>Дата не может быть в будущем.</translation>
        </message>
        <message>
            <source>There is no training warning to override.</source>
            <translation>Нет предупреждения об обучении, которое нужно было бы снять.</translation>
        </message>
        <message>
            <source>«{label}»: enter text.</source>
            <translation>«{label}»: введите текст.</translation>
        </message>
        <message>
            <source>«{label}»: write at least {count} characters.</source>
            <translation>«{label}»: напишите не меньше {count} символов.</translation>
        </message>
        <message>
            <source>«{label}»: no more than {count} characters, please.</source>
            <translation>«{label}»: не больше {count} символов.</translation>
        </message>
        <message>
            <source>«{label}»: enter a date.</source>
            <translation>«{label}»: укажите дату.</translation>
        </message>
        <message>
            <source>«{label}»: the date cannot be in the future.</source>
            <translation>«{label}»: дата не может быть в будущем.</translation>
        </message>
        <message>
            <source>«{label}»: choose participants.</source>
            <translation>«{label}»: выберите участников.</translation>
        </message>
        <message>
            <source>«{label}»: these people are not participants of the program: {ids}.</source>
            <translation>«{label}»: эти люди не участвуют в программе: {ids}.</translation>
        </message>
        <message>
            <source>«{label}»: someone chosen has an unsuitable role.</source>
            <translation>«{label}»: у кого-то из выбранных неподходящая роль.</translation>
        </message>
        <message>
            <source>«{label}»: choose at least {count}.</source>
            <translation>«{label}»: нужно не меньше {count}.</translation>
        </message>
        <message>
            <source>«{label}»: every item needs who (participants), what they do, and by when.</source>
            <translation>«{label}»: в каждом пункте нужно указать, кто (из участников), что делает и к какому сроку.</translation>
        </message>
        <message>
            <source>«{label}»: enter a number.</source>
            <translation>«{label}»: введите число.</translation>
        </message>
        <message>
            <source>«{label}»: the number must be between {low} and {high}.</source>
            <translation>«{label}»: число должно быть от {low} до {high}.</translation>
        </message>
        <message>
            <source>«{label}»: answer yes or no.</source>
            <translation>«{label}»: ответьте «да» или «нет».</translation>
        </message>
        <message>
            <source>«{label}»: this must be done before going on.</source>
            <translation>«{label}»: без этого дальше идти нельзя.</translation>
        </message>
        <message>
            <source>«{label}»: choose one option.</source>
            <translation>«{label}»: выберите один из вариантов.</translation>
        </message>
        <message>
            <source>The stage has no field «{key}».</source>
            <translation>На этом этапе нет поля «{key}».</translation>
        </message>
        <message>
            <source>Fill in «{label}».</source>
            <translation>Заполните поле «{label}».</translation>
        </message>
        <message>
            <source>unknown field type «{value}»; known: {known}</source>
            <translation>неизвестный тип поля «{value}»; известны: {known}</translation>
        </message>
        <message>
            <source>a value is repeated</source>
            <translation>значение повторяется</translation>
        </message>
        <message>
            <source>is greater than {other}</source>
            <translation>больше, чем {other}</translation>
        </message>
        <message>
            <source>unknown value «{value}»; known: {known}</source>
            <translation>неизвестное значение «{value}»; известны: {known}</translation>
        </message>
        <message>
            <source>«{binds}» needs a field of type {type}</source>
            <translation>для «{binds}» нужно поле типа {type}</translation>
        </message>
        <message>
            <source>the fulfilment choices must be exactly: {known}</source>
            <translation>варианты выполнения должны быть ровно такими: {known}</translation>
        </message>
        <message>
            <source>unknown stage kind «{value}»; known: {known}</source>
            <translation>неизвестный вид этапа «{value}»; известны: {known}</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>должно быть списком</translation>
        </message>
        <message>
            <source>two fields have the same key or the same binding</source>
            <translation>у двух полей одинаковый ключ или одинаковая привязка (binds)</translation>
        </message>
        <message>
            <source>a stage held with each participant must name their roles</source>
            <translation>у этапа, который проводится с каждым участником, должны быть указаны роли (for_roles)</translation>
        </message>
        <message>
            <source>consent is collected only in a stage held with each participant</source>
            <translation>согласие собирается только на этапе, который проводится с каждым участником</translation>
        </message>
        <message>
            <source>a meeting held with several people needs a participants field with binds = "attendees"</source>
            <translation>встрече с несколькими людьми нужно поле участников с binds = "attendees"</translation>
        </message>
        <message>
            <source>not valid TOML: {error}</source>
            <translation>ошибка в записи TOML: {error}</translation>
        </message>
        <message>
            <source>unsupported version; this program reads version {version}</source>
            <translation>неподдерживаемая версия; программа читает версию {version}</translation>
        </message>
        <message>
            <source>must name at least one program type</source>
            <translation>нужно назвать хотя бы один вид программы</translation>
        </message>
        <message>
            <source>must name at least one role</source>
            <translation>нужно назвать хотя бы одну роль</translation>
        </message>
        <message>
            <source>needs the items {keys}, each once</source>
            <translation>нужны пункты {keys}, каждый по одному разу</translation>
        </message>
        <message>
            <source>a stage with this key already exists</source>
            <translation>этап с таким ключом уже есть</translation>
        </message>
        <message>
            <source>no earlier stage «{value}» to wait for</source>
            <translation>нет более раннего этапа «{value}», которого можно ждать</translation>
        </message>
        <message>
            <source>stage «{stage}» waits for «{value}», which this program does not have</source>
            <translation>этап «{stage}» ждёт этапа «{value}», которого в этой программе нет</translation>
        </message>
        <message>
            <source>the last stage, and only it, must be of kind closure</source>
            <translation>последний этап, и только он, должен быть вида closure</translation>
        </message>
        <message>
            <source>already defined in {other}</source>
            <translation>уже описано в {other}</translation>
        </message>
        <message>
            <source>program types without a file: {missing}; unknown program types: {unknown}</source>
            <translation>виды программ без файла: {missing}; неизвестные виды программ: {unknown}</translation>
        </message>
        <message>
            <source>No participant with the role «{role}» is in the program, and their voluntary consent is needed.</source>
            <translation>В программе нет участника с ролью «{role}», а его добровольное согласие необходимо.</translation>
        </message>
        <message>
            <source>{who} has not given consent yet.</source>
            <translation>Ещё нет согласия участника: {who}.</translation>
        </message>
        <message>
            <source>{who} is a minor: add their parent or legal representative and ask for their consent.</source>
            <translation>Участник {who} несовершеннолетний: добавьте его родителя или законного представителя и получите его согласие.</translation>
        </message>
        <message>
            <source>The legal representative of {who} has not given consent yet.</source>
            <translation>Законный представитель несовершеннолетнего участника ({who}) ещё не дал согласия.</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>должно быть таблицей</translation>
        </message>
        <message>
            <source>unknown key; allowed here: {allowed}</source>
            <translation>неизвестный ключ; здесь допустимы: {allowed}</translation>
        </message>
        <message>
            <source>required key missing</source>
            <translation>не хватает обязательного ключа</translation>
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation>должно быть непустым текстом</translation>
        </message>
        <message>
            <source>must be a key of small Latin letters, digits and _</source>
            <translation>должно быть ключом из строчных латинских букв, цифр и _</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>должно быть true или false</translation>
        </message>
        <message>
            <source>must be a whole number of at least {minimum}</source>
            <translation>должно быть целым числом не меньше {minimum}</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>должно быть числом</translation>
        </message>
        <message>
            <source>must be a non-empty list of tables</source>
            <translation>должно быть непустым списком таблиц</translation>
        </message>
        <message>
            <source>The facilitator has not mastered the module «{module}» needed to lead «{program}».</source>
            <translation>Ведущий не прошёл модуль «{module}», нужный для программы «{program}». Куратор может разрешить провести её под свою ответственность.</translation>
        </message>
        <message>
            <source>The facilitator has not mastered the module «{module}» needed for a case of the category «{category}».</source>
            <translation>Ведущий не прошёл модуль «{module}», нужный для случая категории «{category}». Куратор может разрешить провести программу под свою ответственность.</translation>
        </message>
    </context>
    <context>
        <name>register</name>
        <message>
            <source>has not completed the 36-hour program for young mediators</source>
            <translation>не прошёл 36-часовую программу для юных медиаторов</translation>
        </message>
        <message>
            <source>young mediators co-mediate restorative mediation only</source>
            <translation>юные медиаторы участвуют только в восстановительной медиации</translation>
        </message>
        <message>
            <source>this situation is for adult mediators only</source>
            <translation>с такой ситуацией работают только взрослые медиаторы</translation>
        </message>
        <message>
            <source>module {module} not completed</source>
            <translation>не пройден модуль {module}</translation>
        </message>
        <message>
            <source>adult mediator</source>
            <translation>взрослый медиатор</translation>
        </message>
        <message>
            <source>young mediator</source>
            <translation>юный медиатор</translation>
        </message>
        <message>
            <source>module of the 254-hour program</source>
            <translation>модуль программы на 254 часа</translation>
        </message>
        <message>
            <source>36-hour program for young mediators</source>
            <translation>36-часовая программа для юных медиаторов</translation>
        </message>
        <message>
            <source>monthly seminar</source>
            <translation>ежемесячный семинар</translation>
        </message>
        <message>
            <source>supervision</source>
            <translation>супервизия</translation>
        </message>
        <message>
            <source>intervision</source>
            <translation>интервизия</translation>
        </message>
        <message>
            <source>registered, awaiting a decision</source>
            <translation>зарегистрирована, ждёт решения</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>принята</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>отклонена</translation>
        </message>
        <message>
            <source>transferred</source>
            <translation>передана</translation>
        </message>
        <message>
            <source>open</source>
            <translation>открыт</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрыт</translation>
        </message>
        <message>
            <source>lead mediator</source>
            <translation>ведущий медиатор</translation>
        </message>
        <message>
            <source>co-mediator</source>
            <translation>со-ведущий</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>запланирована</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>идёт</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>завершена</translation>
        </message>
        <message>
            <source>request registered</source>
            <translation>заявка зарегистрирована</translation>
        </message>
        <message>
            <source>decision on the request</source>
            <translation>решение по заявке</translation>
        </message>
        <message>
            <source>program started</source>
            <translation>программа начата</translation>
        </message>
        <message>
            <source>preliminary meeting</source>
            <translation>предварительная встреча</translation>
        </message>
        <message>
            <source>joint meeting</source>
            <translation>совместная встреча</translation>
        </message>
        <message>
            <source>agreement signed</source>
            <translation>договор подписан</translation>
        </message>
        <message>
            <source>program ended</source>
            <translation>программа завершена</translation>
        </message>
        <message>
            <source>follow-up on the agreement</source>
            <translation>проверка выполнения договора</translation>
        </message>
        <message>
            <source>case closed</source>
            <translation>случай закрыт</translation>
        </message>
        <message>
            <source>case reopened</source>
            <translation>случай открыт снова</translation>
        </message>
        <message>
            <source>note</source>
            <translation>заметка</translation>
        </message>
        <message>
            <source>offences of minors belong to a territorial service</source>
            <translation>правонарушения несовершеннолетних относятся к территориальной службе</translation>
        </message>
        <message>
            <source>the school administration is a party: a school service cannot stay neutral here</source>
            <translation>администрация школы — сторона конфликта: школьная служба здесь не может быть нейтральной</translation>
        </message>
        <message>
            <source>Enter a real date as dd.mm.yyyy.</source>
            <translation>Укажите существующую дату в виде дд.мм.гггг.</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>Укажите дату.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>Дата не может быть в будущем.</translation>
        </message>
        <message>
            <source>The date is too far in the past: check the year.</source>
            <translation>Дата слишком давняя: проверьте год.</translation>
        </message>
        <message>
            <source>Enter the participant's name.</source>
            <translation>Укажите имя участника.</translation>
        </message>
        <message>
            <source>Choose the participant's role.</source>
            <translation>Выберите роль участника.</translation>
        </message>
        <message>
            <source>Unknown role: choose one from the list.</source>
            <translation>Неизвестная роль: выберите из списка.</translation>
        </message>
        <message>
            <source>Say whether the participant is a minor or an adult.</source>
            <translation>Укажите, несовершеннолетний участник или взрослый.</translation>
        </message>
        <message>
            <source>A minor is from 0 to 17 years old.</source>
            <translation>Несовершеннолетнему от 0 до 17 лет.</translation>
        </message>
        <message>
            <source>An adult is 18 years old or more.</source>
            <translation>Взрослому 18 лет или больше.</translation>
        </message>
        <message>
            <source>Write the class like 7Б.</source>
            <translation>Запишите класс так: 7Б.</translation>
        </message>
        <message>
            <source>Choose who the request came from.</source>
            <translation>Выберите, от кого поступила заявка.</translation>
        </message>
        <message>
            <source>Unknown source: choose one from the list.</source>
            <translation>Неизвестный источник: выберите из списка.</translation>
        </message>
        <message>
            <source>Choose the category of the situation.</source>
            <translation>Выберите категорию ситуации.</translation>
        </message>
        <message>
            <source>Unknown category: choose one from the list.</source>
            <translation>Неизвестная категория: выберите из списка.</translation>
        </message>
        <message>
            <source>Describe the situation in a few words.</source>
            <translation>Кратко опишите ситуацию.</translation>
        </message>
        <message>
            <source>Add at least one participant.</source>
            <translation>Добавьте хотя бы одного участника.</translation>
        </message>
        <message>
            <source>The decision cannot come before the request was received ({received}).</source>
            <translation>Решение не может быть принято раньше поступления заявки ({received}).</translation>
        </message>
        <message>
            <source>Enter the mediator's name.</source>
            <translation>Укажите ФИО медиатора.</translation>
        </message>
        <message>
            <source>Choose adult or young mediator.</source>
            <translation>Выберите: взрослый или юный медиатор.</translation>
        </message>
        <message>
            <source>The curator is an adult.</source>
            <translation>Куратор — взрослый.</translation>
        </message>
        <message>
            <source>A year of service is out of range.</source>
            <translation>Год работы указан неверно.</translation>
        </message>
        <message>
            <source>Choose the kind of training.</source>
            <translation>Выберите вид обучения.</translation>
        </message>
        <message>
            <source>Choose the module, M1 to M7.</source>
            <translation>Выберите модуль, от М1 до М7.</translation>
        </message>
        <message>
            <source>Hours must be more than 0 and at most 400.</source>
            <translation>Часов должно быть больше 0 и не больше 400.</translation>
        </message>
        <message>
            <source>Choose the program type.</source>
            <translation>Выберите вид программы.</translation>
        </message>
        <message>
            <source>Unknown program status.</source>
            <translation>Неизвестное состояние программы.</translation>
        </message>
        <message>
            <source>Enter the date the program started.</source>
            <translation>Укажите дату начала программы.</translation>
        </message>
        <message>
            <source>Choose how the program ended.</source>
            <translation>Выберите, чем завершилась программа.</translation>
        </message>
        <message>
            <source>A program with an end date or outcome is finished.</source>
            <translation>Программа с датой окончания или итогом считается завершённой.</translation>
        </message>
        <message>
            <source>The end cannot come before the start.</source>
            <translation>Окончание не может быть раньше начала.</translation>
        </message>
        <message>
            <source>Enter a number from 0 to 1000.</source>
            <translation>Введите число от 0 до 1000.</translation>
        </message>
        <message>
            <source>A completed program had participants: enter how many.</source>
            <translation>В завершённой программе были участники: укажите, сколько.</translation>
        </message>
        <message>
            <source>Choose lead or co-mediator.</source>
            <translation>Выберите: ведущий или со-ведущий.</translation>
        </message>
        <message>
            <source>A young mediator works beside an adult: assign as co-mediator.</source>
            <translation>Юный медиатор работает вместе со взрослым: назначьте его со-ведущим.</translation>
        </message>
        <message>
            <source>Choose the kind of event.</source>
            <translation>Выберите вид события.</translation>
        </message>
        <message>
            <source>The case cannot close before it opened.</source>
            <translation>Случай не может быть закрыт раньше, чем открыт.</translation>
        </message>
        <message>
            <source>The case is already closed.</source>
            <translation>Случай уже закрыт.</translation>
        </message>
        <message>
            <source>Finish or remove the programs still under way before closing the case.</source>
            <translation>Перед закрытием случая завершите или удалите незавершённые программы.</translation>
        </message>
        <message>
            <source>The case is open.</source>
            <translation>Случай открыт.</translation>
        </message>
        <message>
            <source>A program cannot start before the case opened.</source>
            <translation>Программа не может начаться раньше открытия случая.</translation>
        </message>
        <message>
            <source>Enter the document's title.</source>
            <translation>Укажите название документа.</translation>
        </message>
        <message>
            <source>create a service file with invented cases, for practice and benchmarks</source>
            <translation>создать файл службы с вымышленными случаями — для обучения и замеров</translation>
        </message>
        <message>
            <source>Creates a new service file with invented cases (names are generated). The password is taken from the RSDESK_PASSWORD environment variable.</source>
            <translation>Создаёт новый файл службы с вымышленными случаями (имена сгенерированы). Пароль берётся из переменной окружения RSDESK_PASSWORD.</translation>
        </message>
        <message>
            <source>the new file</source>
            <translation>новый файл</translation>
        </message>
        <message>
            <source>number of cases</source>
            <translation>число случаев</translation>
        </message>
        <message>
            <source>the last year (this year)</source>
            <translation>последний год (по умолчанию текущий)</translation>
        </message>
        <message>
            <source>number of years, 1 or more</source>
            <translation>число лет, 1 или больше</translation>
        </message>
        <message>
            <source>the same seed, the same cases</source>
            <translation>одинаковое зерно — одинаковые случаи</translation>
        </message>
        <message>
            <source>Set the password of the new file in the RSDESK_PASSWORD environment variable.</source>
            <translation>Задайте пароль нового файла в переменной окружения RSDESK_PASSWORD.</translation>
        </message>
        <message>
            <source>The number of cases must be 0 or more, the years 1 or more, and the year not later than this one.</source>
            <translation>Число случаев должно быть не меньше 0, число лет — не меньше 1, а год — не позже текущего.</translation>
        </message>
        <message>
            <source>Created {path}: {cases} cases, {requests} requests, {mediators} mediators.</source>
            <translation>Создан {path}: случаев — {cases}, заявок — {requests}, медиаторов — {mediators}.</translation>
        </message>
        <message>
            <source>Recovery key: {key}</source>
            <translation>Ключ восстановления: {key}</translation>
        </message>
        <message>
            <source>The date cannot be before the case opened.</source>
            <translation>Дата не может быть раньше открытия случая.</translation>
        </message>
        <message>
            <source>A request keeps at least one participant.</source>
            <translation>В заявке должен остаться хотя бы один участник.</translation>
        </message>
        <message>
            <source>This request has already been decided.</source>
            <translation>По этой заявке решение уже принято.</translation>
        </message>
        <message>
            <source>A school service should transfer this request to a territorial one. Transfer it, or confirm that the service takes it anyway.</source>
            <translation>Школьной службе следует передать эту заявку в территориальную службу. Передайте её или подтвердите, что служба всё же берёт её в работу.</translation>
        </message>
        <message>
            <source>Give the reason for declining.</source>
            <translation>Укажите причину отказа.</translation>
        </message>
        <message>
            <source>Name the service it is transferred to.</source>
            <translation>Укажите, в какую службу передаётся заявка.</translation>
        </message>
        <message>
            <source>Young mediators take the 36-hour program, not modules.</source>
            <translation>Юные медиаторы проходят 36-часовую программу, а не модули.</translation>
        </message>
        <message>
            <source>The 36-hour program is for young mediators.</source>
            <translation>36-часовая программа — для юных медиаторов.</translation>
        </message>
        <message>
            <source>The register was written by a newer version of rsdesk (schema {found}); this one knows up to {known}. Update rsdesk.</source>
            <translation>Журнал записан более новой версией rsdesk (схема {found}); эта версия знает схемы до {known}. Обновите rsdesk.</translation>
        </message>
        <message>
            <source>Choose a school or a territorial service.</source>
            <translation>Выберите: школьная или территориальная служба.</translation>
        </message>
        <message>
            <source>Enter the name of the organisation.</source>
            <translation>Укажите название организации.</translation>
        </message>
        <message>
            <source>Enter the region.</source>
            <translation>Укажите регион.</translation>
        </message>
        <message>
            <source>Enter the municipality.</source>
            <translation>Укажите муниципальное образование.</translation>
        </message>
        <message>
            <source>Enter the curator's name.</source>
            <translation>Укажите ФИО куратора.</translation>
        </message>
        <message>
            <source>This register already has a service.</source>
            <translation>В этом журнале служба уже создана.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Это поле нужно заполнить.</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>Locked; waiting to save the last changes</source>
            <translation>Заблокировано; ждём сохранения последних изменений</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не сохранено: {reason}</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Все изменения сохранены</translation>
        </message>
    </context>
    <context>
        <name>vault</name>
        <message>
            <source>The service file cannot be opened.</source>
            <translation>Файл службы не удаётся открыть.</translation>
        </message>
        <message>
            <source>Wrong password. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation>Неверный пароль. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>This recovery key does not fit this file. Check that it is the key printed when this service file was created.</source>
            <translation>Этот ключ восстановления не подходит к файлу. Проверьте, что это ключ, выданный при создании именно этого файла службы.</translation>
        </message>
        <message>
            <source>The recovery key contains a typo: compare it with the printed key character by character.</source>
            <translation>В ключе восстановления опечатка: сверьте его с записанным ключом знак за знаком.</translation>
        </message>
        <message>
            <source>The service file is damaged and cannot be read. Restore it from a backup copy.</source>
            <translation>Файл службы повреждён и не может быть прочитан. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>The service file is incomplete: it is shorter than it should be, for example because copying did not finish. Restore it from a backup copy.</source>
            <translation>Файл службы неполный: он короче, чем должен быть, например, потому что копирование не завершилось. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>This service file was made by a newer version of rsdesk. Update the program to open it.</source>
            <translation>Этот файл службы создан более новой версией rsdesk. Обновите программу, чтобы открыть его.</translation>
        </message>
        <message>
            <source>This service file is older than the one last opened on this computer (save No. {found}, while No. {seen} was seen). An old copy may have been put in place of the current one, and recent changes would be missing. Open the newest copy; open this one only if you put it back on purpose.</source>
            <translation>Этот файл службы старше того, что открывался на этом компьютере раньше (сохранение № {found}, а было уже № {seen}). Возможно, на место текущего файла положили старую копию, и последних изменений в ней нет. Откройте самую новую копию; эту открывайте, только если вернули её сознательно.</translation>
        </message>
        <message>
            <source>This is not a reconciliation service file of rsdesk.</source>
            <translation>Это не файл службы примирения rsdesk.</translation>
        </message>
        <message>
            <source>The service file was not found: {path}</source>
            <translation>Файл службы не найден: {path}</translation>
        </message>
        <message>
            <source>There is no permission to read the service file: {path}</source>
            <translation>Нет прав на чтение файла службы: {path}</translation>
        </message>
        <message>
            <source>The service file cannot be read: {reason}</source>
            <translation>Файл службы не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <source>This service file is already open in another rsdesk window or another program. Close it there and try again.</source>
            <translation>Этот файл службы уже открыт в другом окне rsdesk или другой программе. Закройте его там и попробуйте снова.</translation>
        </message>
        <message>
            <source>The disk is full. The changes are not lost: they stay in the program and saving will be retried. Free some space on the disk.</source>
            <translation>Диск заполнен. Изменения не потеряны: они остаются в программе, сохранение будет повторено. Освободите место на диске.</translation>
        </message>
        <message>
            <source>The folder of the service file cannot be written to. The changes are not lost: they stay in the program and saving will be retried.</source>
            <translation>В папку файла службы нельзя записывать. Изменения не потеряны: они остаются в программе, сохранение будет повторено.</translation>
        </message>
        <message>
            <source>The service file could not be saved ({reason}). The changes are not lost: they stay in the program and saving will be retried.</source>
            <translation>Файл службы не удалось сохранить ({reason}). Изменения не потеряны: они остаются в программе, сохранение будет повторено.</translation>
        </message>
        <message>
            <source>A file with this name already exists. Choose another name or folder.</source>
            <translation>Файл с таким именем уже есть. Выберите другое имя или другую папку.</translation>
        </message>
        <message>
            <source>The service file cannot be locked on this disk, so it cannot be opened safely. Copy it to the computer's own disk.</source>
            <translation>На этом диске файл службы нельзя заблокировать от одновременного открытия, поэтому открывать его небезопасно. Скопируйте его на диск самого компьютера.</translation>
        </message>
        <message>
            <source>This backup copy belongs to another service file and cannot replace it.</source>
            <translation>Эта резервная копия относится к другому файлу службы и не может его заменить.</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>school reconciliation service</source>
            <translation>школьная служба примирения</translation>
        </message>
        <message>
            <source>territorial reconciliation service</source>
            <translation>территориальная служба примирения</translation>
        </message>
        <message>
            <source>conflict between participants of educational relations, incl. group conflicts</source>
            <translation>конфликт между участниками образовательных отношений, в том числе групповой</translation>
        </message>
        <message>
            <source>problem situation in a children's, parents' or teachers' community</source>
            <translation>проблемная ситуация в детском, родительском или педагогическом сообществе</translation>
        </message>
        <message>
            <source>juvenile crime</source>
            <translation>преступление несовершеннолетнего</translation>
        </message>
        <message>
            <source>socially dangerous act of a minor below the age of criminal responsibility</source>
            <translation>общественно опасное деяние несовершеннолетнего, не достигшего возраста уголовной ответственности (ООД)</translation>
        </message>
        <message>
            <source>administrative offence of a minor causing harm</source>
            <translation>административное правонарушение несовершеннолетнего, причинившее вред</translation>
        </message>
        <message>
            <source>family in a difficult life or socially dangerous situation</source>
            <translation>семья в трудной жизненной или социально опасной ситуации</translation>
        </message>
        <message>
            <source>violence or abuse in the family against a child</source>
            <translation>насилие или жестокое обращение с ребёнком в семье</translation>
        </message>
        <message>
            <source>bullying by peers or by teachers</source>
            <translation>травля (буллинг) со стороны сверстников или педагогов</translation>
        </message>
        <message>
            <source>multilevel conflict in the escalation stage</source>
            <translation>многоуровневый конфликт в стадии эскалации</translation>
        </message>
        <message>
            <source>harm done to a child by teachers or staff</source>
            <translation>вред, причинённый ребёнку педагогами или сотрудниками</translation>
        </message>
        <message>
            <source>other situation</source>
            <translation>другая ситуация</translation>
        </message>
        <message>
            <source>restorative mediation</source>
            <translation>восстановительная медиация</translation>
        </message>
        <message>
            <source>shuttle mediation</source>
            <translation>челночная медиация</translation>
        </message>
        <message>
            <source>circle of mutual understanding</source>
            <translation>круг взаимопонимания</translation>
        </message>
        <message>
            <source>circle of reconciliation</source>
            <translation>круг примирения</translation>
        </message>
        <message>
            <source>circle of repairing harm</source>
            <translation>круг заглаживания вреда</translation>
        </message>
        <message>
            <source>circle of support for the victim</source>
            <translation>круг поддержки пострадавшего</translation>
        </message>
        <message>
            <source>circle of healing</source>
            <translation>круг исцеления</translation>
        </message>
        <message>
            <source>problem-solving circle</source>
            <translation>круг решения проблем</translation>
        </message>
        <message>
            <source>preventive circle</source>
            <translation>профилактический круг</translation>
        </message>
        <message>
            <source>school restorative conference</source>
            <translation>школьная восстановительная конференция</translation>
        </message>
        <message>
            <source>family restorative conference</source>
            <translation>семейная восстановительная конференция</translation>
        </message>
        <message>
            <source>school-parent council</source>
            <translation>школьно-родительский совет</translation>
        </message>
        <message>
            <source>restorative preventive program</source>
            <translation>профилактическая восстановительная программа</translation>
        </message>
        <message>
            <source>other program</source>
            <translation>другая программа</translation>
        </message>
        <message>
            <source>school administration</source>
            <translation>администрация образовательной организации</translation>
        </message>
        <message>
            <source>teacher</source>
            <translation>педагог</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>родитель</translation>
        </message>
        <message>
            <source>student</source>
            <translation>обучающийся</translation>
        </message>
        <message>
            <source>specialist (psychologist, social pedagogue)</source>
            <translation>специалист (психолог, социальный педагог)</translation>
        </message>
        <message>
            <source>juvenile affairs commission</source>
            <translation>КДН и ЗП</translation>
        </message>
        <message>
            <source>police juvenile division</source>
            <translation>ПДН</translation>
        </message>
        <message>
            <source>court</source>
            <translation>суд</translation>
        </message>
        <message>
            <source>social protection</source>
            <translation>органы социальной защиты</translation>
        </message>
        <message>
            <source>the service itself</source>
            <translation>сама служба примирения</translation>
        </message>
        <message>
            <source>other source</source>
            <translation>другой источник</translation>
        </message>
        <message>
            <source>offender</source>
            <translation>обидчик</translation>
        </message>
        <message>
            <source>victim</source>
            <translation>пострадавший</translation>
        </message>
        <message>
            <source>party to the conflict</source>
            <translation>сторона конфликта</translation>
        </message>
        <message>
            <source>parent or legal representative</source>
            <translation>родитель или законный представитель</translation>
        </message>
        <message>
            <source>administration</source>
            <translation>администрация</translation>
        </message>
        <message>
            <source>specialist</source>
            <translation>специалист</translation>
        </message>
        <message>
            <source>supporter</source>
            <translation>группа поддержки</translation>
        </message>
        <message>
            <source>other participant</source>
            <translation>другой участник</translation>
        </message>
        <message>
            <source>completed with an agreement</source>
            <translation>завершена с договорённостью</translation>
        </message>
        <message>
            <source>completed without an agreement</source>
            <translation>завершена без договорённости</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>прекращена</translation>
        </message>
        <message>
            <source>transferred</source>
            <translation>передана</translation>
        </message>
        <message>
            <source>M1 restorative mediation and organising a service</source>
            <translation>М1 восстановительная медиация и организация службы</translation>
        </message>
        <message>
            <source>M2 group conflicts: the community circle</source>
            <translation>М2 групповые конфликты: круг сообщества</translation>
        </message>
        <message>
            <source>M3 skills of restorative communication</source>
            <translation>М3 навыки восстановительной коммуникации</translation>
        </message>
        <message>
            <source>M4 difficult cases: conflict with the law</source>
            <translation>М4 сложные случаи: конфликт с законом</translation>
        </message>
        <message>
            <source>M5 family group conferences</source>
            <translation>М5 семейные восстановительные конференции</translation>
        </message>
        <message>
            <source>M6 school restorative conferences</source>
            <translation>М6 школьные восстановительные конференции</translation>
        </message>
        <message>
            <source>M7 multilevel conflicts in escalation: the school-parent council</source>
            <translation>М7 многоуровневые конфликты в эскалации: школьно-родительский совет</translation>
        </message>
    </context>
</TS>
