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
            <translation>Рабочее место школьной или территориальной службы примирения: заявки и случаи, восстановительные программы шаг за шагом, документы и годовая статистика для регионального центра. Работает без интернета; все данные о случаях хранятся в одном зашифрованном файле.</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later. The PT Sans font is used under the SIL Open Font License 1.1.</source>
            <translation>Свободная программа по лицензии GNU General Public License версии 3 или более поздней. Шрифт PT Sans используется по лицензии SIL Open Font License 1.1.</translation>
        </message>
    </context>
    <context>
        <name>AccessDialog</name>
        <message>
            <source>Password for signing in</source>
            <translation>Пароль для входа</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>П&amp;овторите его:</translation>
        </message>
        <message>
            <source>&amp;Show the password</source>
            <translation>Пока&amp;зать пароль</translation>
        </message>
        <message>
            <source>&amp;Give the password</source>
            <translation>&amp;Выдать пароль</translation>
        </message>
        <message>
            <source>{name}, {role}</source>
            <translation>{name}, {role}</translation>
        </message>
        <message>
            <source>Choose a password and tell it to the person yourself, not in a message. With it they sign in and see what their role allows; at the first sign-in they accept the confidentiality pledge.</source>
            <translation>Придумайте пароль и сообщите его человеку лично, а не в сообщении. С этим паролем он входит в программу и видит то, что позволяет его роль; при первом входе он принимает обязательство о конфиденциальности.</translation>
        </message>
        <message>
            <source>The password they have now stops working.</source>
            <translation>Нынешний пароль перестанет действовать.</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>Please wait…</source>
            <translation>Подождите…</translation>
        </message>
        <message>
            <source>The service's file has no room for another password. Take away the access of those who no longer work in the service, then try again.</source>
            <translation>В файле службы нет места для ещё одного пароля. Отзовите доступ у тех, кто больше не работает в службе, и попробуйте снова.</translation>
        </message>
    </context>
    <context>
        <name>AgreementPoints</name>
        <message>
            <source>by {date}</source>
            <translation>срок: {date}</translation>
        </message>
        <message>
            <source>How each point was kept:</source>
            <translation>Как выполнен каждый пункт:</translation>
        </message>
        <message>
            <source>— not marked —</source>
            <translation>— не отмечено —</translation>
        </message>
        <message>
            <source>Change the points of the agreement</source>
            <translation>Изменить пункты договора</translation>
        </message>
        <message>
            <source>Change a point the parties agreed to change, or correct a mistake. The old and the new wording are kept in the case's history with the reason. A point whose wording stays keeps what was recorded about how it was kept.</source>
            <translation>Измените пункт, который стороны договорились изменить, или исправьте ошибку. Прежняя и новая формулировки сохраняются в истории случая вместе с причиной. Пункт, формулировка которого не меняется, сохраняет отметку о выполнении.</translation>
        </message>
        <message>
            <source>Save the points</source>
            <translation>Сохранить пункты</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Пункты:</translation>
        </message>
        <message>
            <source>&amp;Why they change:</source>
            <translation>&amp;Почему меняются:</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportButton</name>
        <message>
            <source>annual report {year}.pdf</source>
            <translation>годовой отчёт {year}.pdf</translation>
        </message>
        <message>
            <source>Save the annual report</source>
            <translation>Сохранить годовой отчёт</translation>
        </message>
        <message>
            <source>Making the annual report…</source>
            <translation>Формируется годовой отчёт…</translation>
        </message>
        <message>
            <source>The annual report is saved: {path}</source>
            <translation>Годовой отчёт сохранён: {path}</translation>
        </message>
        <message>
            <source>The annual report was not saved: {reason}</source>
            <translation>Годовой отчёт не сохранён: {reason}</translation>
        </message>
        <message>
            <source>Annual &amp;report (PDF)…</source>
            <translation>Годовой &amp;отчёт (PDF)…</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Requests and cases</source>
            <translation>Заявки и случаи</translation>
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
        <name>AuditDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>the program</source>
            <translation>программа</translation>
        </message>
        <message>
            <source>user no. {id}</source>
            <translation>пользователь № {id}</translation>
        </message>
        <message>
            <source>case no. {number}</source>
            <translation>случай № {number}</translation>
        </message>
        <message>
            <source>request no. {number}</source>
            <translation>заявка № {number}</translation>
        </message>
        <message>
            <source>request (id {id})</source>
            <translation>заявка (код {id})</translation>
        </message>
        <message>
            <source>roster member no. {id}</source>
            <translation>участник службы № {id}</translation>
        </message>
        <message>
            <source>a training record</source>
            <translation>запись об обучении</translation>
        </message>
        <message>
            <source>the service</source>
            <translation>служба</translation>
        </message>
        <message>
            <source>statistics for {year}</source>
            <translation>статистика за {year} год</translation>
        </message>
        <message>
            <source>retention period: {years} (years after closure)</source>
            <translation>срок хранения: {years} (лет после закрытия)</translation>
        </message>
        <message>
            <source>pledge version {version}</source>
            <translation>редакция обязательства {version}</translation>
        </message>
        <message>
            <source>Problems found in the audit trail: {problems}</source>
            <translation>В журнале обнаружены нарушения: {problems}</translation>
        </message>
        <message>
            <source>The audit trail is intact, no changes found. Entries: {n}.</source>
            <translation>Журнал цел, изменений не обнаружено. Записей: {n}.</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>все</translation>
        </message>
        <message>
            <source>the program (retention)</source>
            <translation>программа (срок хранения)</translation>
        </message>
        <message>
            <source>all actions</source>
            <translation>все действия</translation>
        </message>
        <message>
            <source>Shown: {shown} of {total}.</source>
            <translation>Показано записей: {shown} из {total}.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Журнал действий</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Действие:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <source>t&amp;o:</source>
            <translation>п&amp;о:</translation>
        </message>
        <message>
            <source>&amp;Number or reason:</source>
            <translation>&amp;Номер или причина:</translation>
        </message>
        <message>
            <source>e.g. 2026-014</source>
            <translation>например, 2026-014</translation>
        </message>
        <message>
            <source>&amp;Reset filters</source>
            <translation>&amp;Сбросить фильтры</translation>
        </message>
        <message>
            <source>Corrected values:</source>
            <translation>Исправлено:</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что сделано</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
    </context>
    <context>
        <name>CaseCard</name>
        <message>
            <source>{n} year old</source>
            <translation>{n} год</translation>
        </message>
        <message>
            <source>{n} years old (2 to 4)</source>
            <translation>{n} года</translation>
        </message>
        <message>
            <source>{n} years old</source>
            <translation>{n} лет</translation>
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
            <source>Waiting for the curator's sign-off: {what} (sent by {who} on {date}).</source>
            <translation>Ждёт подписи куратора: {what} ({who}, {date}).</translation>
        </message>
        <message>
            <source>Waiting for the curator's sign-off: {what}.</source>
            <translation>Ждёт подписи куратора: {what}.</translation>
        </message>
        <message>
            <source>Until the curator signs it off or returns it, the case can only be read.</source>
            <translation>Пока куратор не утвердит или не вернёт его, случай можно только читать.</translation>
        </message>
    </context>
    <context>
        <name>CaseCardDialog</name>
        <message>
            <source>the case opened on {date}</source>
            <translation>случай открыт {date}</translation>
        </message>
        <message>
            <source>Assign a mediator</source>
            <translation>Назначение медиатора</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Назначить</translation>
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
            <source>Take the mediator off the case</source>
            <translation>Снять медиатора со случая</translation>
        </message>
        <message>
            <source>{name} ({role}) will no longer work on case No. {number}. Take the mediator off the case?</source>
            <translation>{name} ({role}) больше не будет работать по случаю № {number}. Снять медиатора со случая?</translation>
        </message>
        <message>
            <source>The mediator also leaves the programs under way; finished programs keep who led them.</source>
            <translation>Медиатор выйдет и из идущих программ; в завершённых программах останется указано, кто их вёл.</translation>
        </message>
        <message>
            <source>Take off</source>
            <translation>Снять</translation>
        </message>
        <message>
            <source>Plan a follow-up</source>
            <translation>Проверка выполнения договорённостей</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Запланировать</translation>
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
            <source>Mark as closed</source>
            <translation>Закрыть случай</translation>
        </message>
        <message>
            <source>&amp;Closed on:</source>
            <translation>&amp;Дата закрытия:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Примечание:</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>Утверди&amp;ть</translation>
        </message>
        <message>
            <source>Return for re&amp;work…</source>
            <translation>&amp;Вернуть на доработку…</translation>
        </message>
        <message>
            <source>Add a partic&amp;ipant…</source>
            <translation>Добавить у&amp;частника…</translation>
        </message>
        <message>
            <source>Correct the participa&amp;nts…</source>
            <translation>Исправить &amp;список участников…</translation>
        </message>
        <message>
            <source>&amp;Assign a mediator…</source>
            <translation>&amp;Назначить медиатора…</translation>
        </message>
        <message>
            <source>Ta&amp;ke the mediator off…</source>
            <translation>Сн&amp;ять медиатора…</translation>
        </message>
        <message>
            <source>Correct the description and categor&amp;y…</source>
            <translation>Исправить описание и &amp;категорию…</translation>
        </message>
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
            <source>Plan a &amp;follow-up…</source>
            <translation>Запланировать &amp;проверку…</translation>
        </message>
        <message>
            <source>Close the &amp;case…</source>
            <translation>&amp;Закрыть случай…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>&amp;Открыть заново…</translation>
        </message>
        <message>
            <source>De&amp;lete the case…</source>
            <translation>Уд&amp;алить случай…</translation>
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
            <source>Status: waiting for the curator's sign-off; opened {opened}, closure dated {closed}.</source>
            <translation>Статус: ожидает утверждения куратором; открыт {opened}, закрытие от {closed}.</translation>
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
            <source>; taken from the journal</source>
            <translation>; перенесено из журнала</translation>
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
            <source>Age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Класс</translation>
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
            <source>Choose the mediator in the table first.</source>
            <translation>Сначала выберите медиатора в таблице.</translation>
        </message>
        <message>
            <source>(done {date})</source>
            <translation>(проведена {date})</translation>
        </message>
        <message>
            <source>(due)</source>
            <translation>(предстоит)</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>&amp;Deleted cases…</source>
            <translation>&amp;Удалённые случаи…</translation>
        </message>
        <message>
            <source>Search: number, participant, mediator, situation, description…</source>
            <translation>Поиск: номер, участник, медиатор, ситуация, описание…</translation>
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
        <message>
            <source>awaiting sign-off</source>
            <translation>ждёт утверждения</translation>
        </message>
        <message>
            <source>The closure awaits the curator's sign-off</source>
            <translation>Закрытие ждёт утверждения куратором</translation>
        </message>
    </context>
    <context>
        <name>CaseTextDialog</name>
        <message>
            <source>Description and category of case No. {number}</source>
            <translation>Описание и категория случая № {number}</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Категория:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Описание:</translation>
        </message>
        <message>
            <source>&amp;Why is it corrected?</source>
            <translation>&amp;Почему исправляется?</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message>
            <source>The case cannot be opened</source>
            <translation>Случай не открыть</translation>
        </message>
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
        <message>
            <source>Compare with the sheet: the letter O reads as 0, I and L — as 1; the other letters and digits must be the same.</source>
            <translation>Сверьте с листом: буква O читается как 0, I и L — как 1; остальные буквы и цифры должны совпасть.</translation>
        </message>
        <message>
            <source>Group {n} does not match the key.</source>
            <translation>Группа {n} не совпадает с ключом.</translation>
        </message>
        <message>
            <source>Groups {first} and {second} do not match the key.</source>
            <translation>Группы {first} и {second} не совпадают с ключом.</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <source>Da&amp;te of the talk:</source>
            <translation>&amp;Дата беседы:</translation>
        </message>
        <message>
            <source>All of this is exp&amp;lained</source>
            <translation>Всё это разъ&amp;яснено</translation>
        </message>
        <message>
            <source>&amp;Consent given</source>
            <translation>Со&amp;гласие получено</translation>
        </message>
        <message>
            <source>Before asking {name} for consent, explain:</source>
            <translation>Прежде чем спросить согласие участника «{name}», объясните:</translation>
        </message>
        <message>
            <source>✓ Explained and consent given on {date}.</source>
            <translation>✓ Разъяснено, согласие получено {date}.</translation>
        </message>
        <message>
            <source>✓ Explained on {date}. Now ask whether they agree to take part.</source>
            <translation>✓ Разъяснено {date}. Теперь спросите о согласии на участие.</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>&amp;Keep the case in this service all the same (the curator decides)</source>
            <translation>&amp;Всё же оставить случай в службе (решение куратора)</translation>
        </message>
        <message>
            <source>No names: the reason goes into the audit trail.</source>
            <translation>Без имён — причина попадёт в журнал действий.</translation>
        </message>
        <message>
            <source>After this change a school service should transfer the case to a territorial one: {reasons}. If the case stays in this service, tick the box below and write down why.</source>
            <translation>После этого изменения школьной службе следует передать случай в территориальную службу: {reasons}. Если случай остаётся в службе, отметьте это ниже и напишите, почему.</translation>
        </message>
        <message>
            <source>After this change a school service should transfer the case to a territorial one: {reasons}. Only the curator may keep it in the service: ask the curator.</source>
            <translation>После этого изменения школьной службе следует передать случай в территориальную службу: {reasons}. Оставить его в службе может только куратор — обратитесь к куратору.</translation>
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
        <name>DecisionDialog</name>
        <message>
            <source>Decision on request {number}</source>
            <translation>Решение по заявке {number}</translation>
        </message>
        <message>
            <source>the day the request was received</source>
            <translation>день поступления заявки</translation>
        </message>
        <message>
            <source>Date of the &amp;decision:</source>
            <translation>Дата &amp;решения:</translation>
        </message>
        <message>
            <source>&amp;Accept — open a case</source>
            <translation>&amp;Принять — открыть случай</translation>
        </message>
        <message>
            <source>D&amp;ecline</source>
            <translation>&amp;Отклонить</translation>
        </message>
        <message>
            <source>&amp;Transfer to a territorial service</source>
            <translation>Передать в &amp;территориальную службу</translation>
        </message>
        <message>
            <source>&amp;Transfer to a territorial service (suggested)</source>
            <translation>Передать в &amp;территориальную службу (рекомендуется)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>This request has already been decided.</source>
            <translation>По этой заявке решение уже принято.</translation>
        </message>
        <message>
            <source>Request {number} of {date}</source>
            <translation>Заявка {number} от {date}</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <source>Referred by:</source>
            <translation>Направила:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Категория:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Суть обращения:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Участники:</translation>
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
            <source>class {name}</source>
            <translation>класс {name}</translation>
        </message>
        <message>
            <source>{age} years old</source>
            <translation>возраст {age}</translation>
        </message>
        <message>
            <source>&lt;b&gt;This request belongs to a territorial reconciliation service&lt;/b&gt;</source>
            <translation>&lt;b&gt;Эта заявка относится к территориальной службе примирения&lt;/b&gt;</translation>
        </message>
        <message>
            <source>A school service takes neither offences of minors nor conflicts with the school administration. Transfer is suggested; the curator decides, and the decision is recorded with the request.</source>
            <translation>Школьная служба не берёт правонарушения несовершеннолетних и конфликты с администрацией школы. Рекомендуется передать заявку; решение принимает куратор, и оно записывается в заявку.</translation>
        </message>
        <message>
            <source>Category of the &amp;case:</source>
            <translation>&amp;Категория случая:</translation>
        </message>
        <message>
            <source>The c&amp;urator decides to keep the case in the school service</source>
            <translation>Куратор принимает решение оставить случай в &amp;школьной службе</translation>
        </message>
        <message>
            <source>Why the service takes it: recorded with the decision</source>
            <translation>Почему служба берёт случай: записывается вместе с решением</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>Обос&amp;нование:</translation>
        </message>
        <message>
            <source>e.g. the parties refused to take part</source>
            <translation>например, стороны отказались от участия</translation>
        </message>
        <message>
            <source>Reas&amp;on for declining:</source>
            <translation>При&amp;чина отказа:</translation>
        </message>
        <message>
            <source>e.g. territorial reconciliation service of the city centre of psychological help</source>
            <translation>например, ТСП при городском центре ППМС-помощи</translation>
        </message>
        <message>
            <source>Transferred &amp;to:</source>
            <translation>&amp;Служба-получатель:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>Прим&amp;ечание:</translation>
        </message>
        <message>
            <source>Acce&amp;pt</source>
            <translation>Пр&amp;инять</translation>
        </message>
        <message>
            <source>Decl&amp;ine</source>
            <translation>Отк&amp;лонить</translation>
        </message>
        <message>
            <source>Trans&amp;fer</source>
            <translation>Перед&amp;ать</translation>
        </message>
        <message>
            <source>You may read the request; the curator records the decision.</source>
            <translation>Заявку можно прочитать; решение записывает куратор.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Tick the confirmation, or transfer the request instead.</source>
            <translation>Отметьте подтверждение куратора или передайте заявку.</translation>
        </message>
        <message>
            <source>Write why the school service keeps this case.</source>
            <translation>Запишите, почему школьная служба оставляет этот случай у себя.</translation>
        </message>
    </context>
    <context>
        <name>DeletedCasesDialog</name>
        <message>
            <source>Deleted cases</source>
            <translation>Удалённые случаи</translation>
        </message>
        <message>
            <source>A deleted case is hidden from every list and from the statistics. It can be restored within {days}; then it is erased for good, with its request and documents.</source>
            <translation>Удалённый случай скрыт из всех списков и из статистики. Его можно восстановить в течение {days}, потом он будет удалён окончательно — вместе с заявкой и документами.</translation>
        </message>
        <message>
            <source>day|days</source>
            <translation>дня|дней|дней</translation>
        </message>
        <message>
            <source>No case is deleted.</source>
            <translation>Удалённых случаев нет.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <source>Case No.</source>
            <translation>№ случая</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Удалён</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>Кто удалил</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Erased for good on</source>
            <translation>Будет удалён окончательно</translation>
        </message>
        <message>
            <source>Case No. {number} is restored.</source>
            <translation>Случай № {number} восстановлен.</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <source>Preparing the pages…</source>
            <translation>Подготовка страниц…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>Printing needs the PDF module of Qt (PySide6-Addons), which is not installed on this computer. Export the document and print the file.</source>
            <translation>Для печати нужен модуль PDF библиотеки Qt (PySide6-Addons), а на этом компьютере он не установлен. Экспортируйте документ и напечатайте файл.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>Pages: {count}</source>
            <translation>Страниц: {count}</translation>
        </message>
        <message>
            <source>Page images cannot be drawn on this computer; the text of the document is shown. Export the document to see its layout.</source>
            <translation>На этом компьютере нельзя нарисовать страницы; показан текст документа. Чтобы увидеть оформление, экспортируйте документ.</translation>
        </message>
        <message>
            <source>The document cannot be shown: {reason}</source>
            <translation>Документ не удаётся показать: {reason}</translation>
        </message>
        <message>
            <source>the printer «{name}» does not accept it.</source>
            <translation>принтер «{name}» его не принимает.</translation>
        </message>
        <message>
            <source>The document was sent to the printer.</source>
            <translation>Документ отправлен на печать.</translation>
        </message>
        <message>
            <source>The document could not be printed: {reason}</source>
            <translation>Документ не удалось напечатать: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>Consents, agreements and reports to the referring body made for this case are kept here, encrypted inside the service file. «Open» shows a document without saving it anywhere; «Export» writes a copy outside the service file.</source>
            <translation>Здесь хранятся согласия, договоры и информация для направившей организации по этому случаю — зашифрованными внутри файла службы. «Открыть» показывает документ, нигде его не сохраняя; «Экспорт» записывает копию вне файла службы.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Сформирован</translation>
        </message>
        <message>
            <source>&amp;Make…</source>
            <translation>&amp;Сформировать…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>(on paper, no file attached)</source>
            <translation>(на бумаге, файл не приложен)</translation>
        </message>
        <message>
            <source>{reason} Documents made now are shown to read or export, not kept here.</source>
            <translation>{reason} Сформированный сейчас документ можно прочитать или экспортировать, но здесь он не сохранится.</translation>
        </message>
        <message>
            <source>Making «{title}»…</source>
            <translation>Формируется «{title}»…</translation>
        </message>
        <message>
            <source>Made and saved in the service file: «{title}».</source>
            <translation>Сформирован и сохранён в файле службы: «{title}».</translation>
        </message>
        <message>
            <source>«{title}» is shown and not kept. Export it if you need a copy.</source>
            <translation>«{title}» показан, но не сохранён. Если нужна копия, экспортируйте документ.</translation>
        </message>
        <message>
            <source>The document was not made: {reason}</source>
            <translation>Документ не сформирован: {reason}</translation>
        </message>
        <message>
            <source>Export the document</source>
            <translation>Экспорт документа</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Запись…</translation>
        </message>
        <message>
            <source>Exported with a password: {path}</source>
            <translation>Экспортирован с паролем: {path}</translation>
        </message>
        <message>
            <source>Exported without a password: {path}. Delete it when it is not needed.</source>
            <translation>Экспортирован без пароля: {path}. Удалите файл, когда он станет не нужен.</translation>
        </message>
        <message>
            <source>The document was not exported: {reason}</source>
            <translation>Документ не экспортирован: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DrillPage</name>
        <message>
            <source>Working out which cells to hide…</source>
            <translation>Определяю, какие ячейки скрыть…</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Показать:</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Таблица:</translation>
        </message>
        <message>
            <source>The whole region</source>
            <translation>Весь регион</translation>
        </message>
        <message>
            <source>By municipality</source>
            <translation>По муниципалитетам</translation>
        </message>
        <message>
            <source>By service</source>
            <translation>По службам</translation>
        </message>
        <message>
            <source>Table 1: school services</source>
            <translation>Таблица 1: школьные службы</translation>
        </message>
        <message>
            <source>Table 2: territorial services</source>
            <translation>Таблица 2: территориальные службы</translation>
        </message>
        <message>
            <source>As &amp;published (values below 3 hidden)</source>
            <translation>Как для п&amp;убликации (значения меньше 3 скрыты)</translation>
        </message>
        <message>
            <source>The XLSX and PDF show the tables this way unless «Working tables» is ticked.</source>
            <translation>Так таблицы выглядят в XLSX и PDF, если не отмечено «Рабочие таблицы».</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a document</source>
            <translation>Экспорт документа</translation>
        </message>
        <message>
            <source>Document: {title}</source>
            <translation>Документ: {title}</translation>
        </message>
        <message>
            <source>&amp;Protect the file with a password</source>
            <translation>&amp;Защитить файл паролем</translation>
        </message>
        <message>
            <source>The file is encrypted with AES-256. Tell the password to the recipient by another way than the file itself, for example by phone.</source>
            <translation>Файл будет зашифрован (AES-256). Сообщите пароль получателю не вместе с файлом, а другим способом, например по телефону.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>П&amp;овтор:</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Выбрать файл…</translation>
        </message>
        <message>
            <source>Enter the password twice.</source>
            <translation>Введите пароль дважды.</translation>
        </message>
        <message>
            <source>Too long for some PDF readers: at most 16 Russian or 32 Latin letters, digits and signs.</source>
            <translation>Слишком длинный для некоторых программ просмотра PDF: не больше 16 русских или 32 латинских букв, цифр и знаков.</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>FileBanner</name>
        <message>
            <source>Save a copy to another place…</source>
            <translation>Сохранить копию в другое место…</translation>
        </message>
        <message>
            <source>The file is open read-only: {reason}. Nothing can be changed in it. To work on it, save a copy to another place and open the copy.</source>
            <translation>Файл открыт только для чтения: {reason}. Изменить в нём ничего нельзя. Чтобы работать с ним, сохраните копию в другое место и откройте её.</translation>
        </message>
        <message>
            <source>{reason} A copy with every change is saved: {path}. Quitting the program now loses nothing.</source>
            <translation>{reason} Копия со всеми изменениями сохранена: {path}. Если выйти из программы сейчас, ничего не потеряется.</translation>
        </message>
        <message>
            <source>{reason} Save a copy with every change to another place, so that they do not depend on this file.</source>
            <translation>{reason} Сохраните копию со всеми изменениями в другое место, чтобы они не зависели от этого файла.</translation>
        </message>
    </context>
    <context>
        <name>FileSafety</name>
        <message>
            <source>{count} {scans} could not be copied: the folder «{folder}» beside the service file cannot be read now. Once the file is back, copy that folder beside the copy too.</source>
            <translation>Не удалось скопировать {count} {scans}: папку «{folder}» рядом с файлом службы сейчас не прочитать. Когда файл вернётся, скопируйте эту папку и туда, где лежит копия.</translation>
        </message>
        <message>
            <source>scanned document|scanned documents</source>
            <translation>скан документа|скана документов|сканов документов</translation>
        </message>
        <message>
            <source>The password is changed.</source>
            <translation>Пароль изменён.</translation>
        </message>
        <message>
            <source>Where to save the encrypted copy (for example, a USB stick)</source>
            <translation>Куда сохранить зашифрованную копию (например, на флешку)</translation>
        </message>
        <message>
            <source>The encrypted copy is saved: {path}. It opens only with a password of this service.</source>
            <translation>Зашифрованная копия сохранена: {path}. Она открывается только паролем этой службы.</translation>
        </message>
        <message>
            <source>Encrypted copy saved</source>
            <translation>Зашифрованная копия сохранена</translation>
        </message>
        <message>
            <source>The copy of the service file is saved:
{path}</source>
            <translation>Копия файла службы сохранена:
{path}</translation>
        </message>
        <message>
            <source>The copy is encrypted like the service file itself: it opens only with a password of this service or its recovery key. A lost stick reveals nothing.</source>
            <translation>Копия зашифрована, как и сам файл службы: она открывается только паролем этой службы или ключом восстановления. Потерянная флешка ничего не выдаст.</translation>
        </message>
        <message>
            <source>Save a copy of the service file to another place</source>
            <translation>Сохранить копию файла службы в другое место</translation>
        </message>
        <message>
            <source>rsdesk vault (*.rsdv)</source>
            <translation>Хранилище rsdesk (*.rsdv)</translation>
        </message>
        <message>
            <source>The copy is not saved</source>
            <translation>Копия не сохранена</translation>
        </message>
        <message>
            <source>Copy saved</source>
            <translation>Копия сохранена</translation>
        </message>
        <message>
            <source>A copy of the service file with every change is saved:
{path}</source>
            <translation>Копия файла службы со всеми изменениями сохранена:
{path}</translation>
        </message>
        <message>
            <source>The copy is encrypted and opens with the same passwords. Unlike this file, it can be changed: open it to work on it.</source>
            <translation>Копия зашифрована и открывается теми же паролями. В отличие от этого файла, её можно изменять: откройте её, чтобы работать.</translation>
        </message>
        <message>
            <source>&amp;Open the copy</source>
            <translation>&amp;Открыть копию</translation>
        </message>
        <message>
            <source>The copy is encrypted and opens with the same passwords. The program keeps trying to save to the file itself; if the file does not come back, quitting now loses nothing: open the copy next time.</source>
            <translation>Копия зашифрована и открывается теми же паролями. Программа продолжает пытаться сохранить изменения в сам файл. Если он не вернётся, из программы можно выйти, ничего не потеряв: в следующий раз откройте копию.</translation>
        </message>
        <message>
            <source>The changes are in the copy</source>
            <translation>Изменения есть в копии</translation>
        </message>
        <message>
            <source>The last changes could not be written to the file: {reason}

The copy {path} holds every one of them, so closing now loses nothing.</source>
            <translation>Последние изменения не удалось записать в файл: {reason}

В копии {path} есть все они, поэтому если закрыть файл сейчас, ничего не потеряется.</translation>
        </message>
        <message>
            <source>&amp;Close the file</source>
            <translation>&amp;Закрыть файл</translation>
        </message>
        <message>
            <source>Changes are not saved</source>
            <translation>Изменения не сохранены</translation>
        </message>
        <message>
            <source>The last changes could not be saved: {reason}</source>
            <translation>Последние изменения сохранить не удалось: {reason}</translation>
        </message>
        <message>
            <source>Save a copy with them to another place (a folder on this computer, another stick), or close without them.</source>
            <translation>Сохраните копию с ними в другое место (в папку на этом компьютере, на другую флешку) или закройте файл без них.</translation>
        </message>
        <message>
            <source>&amp;Save a copy to another place…</source>
            <translation>&amp;Сохранить копию в другое место…</translation>
        </message>
        <message>
            <source>Close and &amp;lose them</source>
            <translation>Закрыть и &amp;потерять их</translation>
        </message>
        <message>
            <source>The service file is restored.</source>
            <translation>Файл службы восстановлен.</translation>
        </message>
    </context>
    <context>
        <name>HandOver</name>
        <message>
            <source>&amp;Hand the session over to a young mediator…</source>
            <translation>&amp;Передать сеанс ученику-медиатору…</translation>
        </message>
        <message>
            <source>Take the session &amp;back…</source>
            <translation>&amp;Вернуть сеанс…</translation>
        </message>
        <message>
            <source>The session is handed over to a young mediator: {young}. Only the adult who handed it over takes it back: {adult}.</source>
            <translation>Сеанс передан ученику-медиатору: {young}. Вернуть его может только взрослый, который его передал: {adult}.</translation>
        </message>
        <message>
            <source>Hand the session over</source>
            <translation>Передача сеанса</translation>
        </message>
        <message>
            <source>This year's roster has no young mediators. Add them in «Mediators» first.</source>
            <translation>В составе службы этого года нет учеников-медиаторов. Сначала добавьте их в разделе «Медиаторы».</translation>
        </message>
        <message>
            <source>The session is not handed over</source>
            <translation>Сеанс не передан</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source>Hand the session over</source>
            <translation>Передача сеанса</translation>
        </message>
        <message>
            <source>The young mediator works in your session and sees only the cases assigned to them. Stay nearby: only your password takes the session back.</source>
            <translation>Ученик-медиатор работает в вашем сеансе и видит только назначенные ему случаи. Оставайтесь рядом: вернуть сеанс можно только вашим паролем.</translation>
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation>&amp;Передать</translation>
        </message>
    </context>
    <context>
        <name>ImportsDialog</name>
        <message>
            <source>Imported journals</source>
            <translation>Перенесённые журналы</translation>
        </message>
        <message>
            <source>An import can be undone as a whole within {days} of it; after that its records stay for good, as cases kept here do.</source>
            <translation>Импорт можно отменить целиком в течение {days} после переноса; потом его записи остаются навсегда, как и случаи, заведённые в программе.</translation>
        </message>
        <message>
            <source>day|days</source>
            <translation>день|дня|дней</translation>
        </message>
    </context>
    <context>
        <name>ImportsModel</name>
        <message>
            <source>Imported</source>
            <translation>Перенесён</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Строк</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>undone on {date}</source>
            <translation>отменён {date}</translation>
        </message>
        <message>
            <source>can be undone until {date}</source>
            <translation>можно отменить до {date}</translation>
        </message>
        <message>
            <source>for good</source>
            <translation>окончательно</translation>
        </message>
    </context>
    <context>
        <name>ImportsPanel</name>
        <message>
            <source>No journal has been imported yet.</source>
            <translation>Журналы ещё не переносились.</translation>
        </message>
        <message>
            <source>&amp;Undo the import…</source>
            <translation>&amp;Отменить импорт…</translation>
        </message>
        <message>
            <source>This import is undone already.</source>
            <translation>Этот импорт уже отменён.</translation>
        </message>
        <message>
            <source>The days to undo this import are over: it stays for good.</source>
            <translation>Срок отмены этого импорта истёк: перенесённое остаётся навсегда.</translation>
        </message>
        <message>
            <source>request|requests</source>
            <translation>обращение|обращения|обращений</translation>
        </message>
        <message>
            <source>Undo the journal import</source>
            <translation>Отмена импорта журнала</translation>
        </message>
        <message>
            <source>&amp;Why is the import of «{file}» undone?</source>
            <translation>&amp;Почему отменяется импорт файла «{file}»?</translation>
        </message>
        <message>
            <source>The {rows} this import brought disappear from every list and from the statistics. The reason is kept in the audit trail.</source>
            <translation>Всё, что перенёс этот импорт ({rows}), исчезнет из всех списков и из статистики. Причина сохранится в журнале действий.</translation>
        </message>
        <message>
            <source>No names: the reason goes into the audit trail.</source>
            <translation>Без имён — причина попадёт в журнал действий.</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <source>The import of «{file}» is undone: {rows} taken back.</source>
            <translation>Импорт файла «{file}» отменён, убрано: {rows}.</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>How this program goes</source>
            <translation>Как проходит эта программа</translation>
        </message>
        <message>
            <source> (may be skipped)</source>
            <translation> (можно пропустить)</translation>
        </message>
        <message>
            <source>Stages:</source>
            <translation>Этапы:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Участники:</translation>
        </message>
        <message>
            <source>Every step is saved as soon as it is done: you may close the wizard at any moment and continue later from the same stage.</source>
            <translation>Каждый шаг сохраняется сразу, как только он сделан: мастер можно закрыть в любой момент и позже продолжить с того же этапа.</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>minor</source>
            <translation>несовершеннолетний</translation>
        </message>
        <message>
            <source>Add to the program</source>
            <translation>Добавить в программу</translation>
        </message>
        <message>
            <source>Someone of the case the program did not include, for example a second parent you learned of later, takes part from now on. Then explain everything to them and record their consent, as for everyone.</source>
            <translation>Человек из участников случая, которого программа не включала (например, второй родитель, о котором стало известно позже), участвует в ней с этого дня. Затем разъясните ему всё и отметьте его согласие, как для всех участников.</translation>
        </message>
        <message>
            <source>&amp;Whose representative:</source>
            <translation>&amp;Чей представитель:</translation>
        </message>
        <message>
            <source>&amp;Who joins the program:</source>
            <translation>&amp;Кого добавить:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;С какого дня участвует:</translation>
        </message>
        <message>
            <source>Choose who joins the program.</source>
            <translation>Выберите, кого добавить в программу.</translation>
        </message>
    </context>
    <context>
        <name>JournalImportDialog</name>
        <message>
            <source>Import a journal: {file}</source>
            <translation>Импорт журнала: {file}</translation>
        </message>
        <message>
            <source>Requests ({count})</source>
            <translation>Обращения ({count})</translation>
        </message>
        <message>
            <source>Errors ({count})</source>
            <translation>Ошибки ({count})</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>Перенесённые ранее</translation>
        </message>
        <message>
            <source>Import the journal</source>
            <translation>Перенос журнала</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Перенести</translation>
        </message>
        <message>
            <source>The journal is imported</source>
            <translation>Журнал перенесён</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Столбцы файла</translation>
        </message>
    </context>
    <context>
        <name>JournalMenu</name>
        <message>
            <source>Open the service's file to import a journal.</source>
            <translation>Чтобы перенести журнал, откройте файл службы.</translation>
        </message>
        <message>
            <source>Choose the journal to import</source>
            <translation>Выберите журнал для переноса</translation>
        </message>
        <message>
            <source>Journals (*.xlsx *.csv);;All files (*)</source>
            <translation>Журналы (*.xlsx *.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The journal is not read</source>
            <translation>Журнал не прочитан</translation>
        </message>
        <message>
            <source>The file is too large for a journal: {size} MB (at most {limit} MB). Is it the right file?</source>
            <translation>Файл слишком большой для журнала: {size} МБ (не больше {limit} МБ). Тот ли это файл?</translation>
        </message>
        <message>
            <source>journal-template.xlsx</source>
            <translation>Шаблон журнала.xlsx</translation>
        </message>
        <message>
            <source>Save the journal template</source>
            <translation>Сохранить шаблон журнала</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>The template is not saved</source>
            <translation>Шаблон не сохранён</translation>
        </message>
        <message>
            <source>The journal template is saved: {path}</source>
            <translation>Шаблон журнала сохранён: {path}</translation>
        </message>
        <message>
            <source>Journal template saved</source>
            <translation>Шаблон журнала сохранён</translation>
        </message>
        <message>
            <source>Fill in one row per request; the second sheet lists the values each column takes. Then import it with «File → Import a journal…».</source>
            <translation>Заполните по строке на каждое обращение; на втором листе — значения, которые принимает каждый столбец. Потом перенесите журнал: «Файл → Импорт журнала…».</translation>
        </message>
        <message>
            <source>There is no permission to use «{path}»: choose another folder.</source>
            <translation>Нет прав на запись «{path}»: выберите другую папку.</translation>
        </message>
        <message>
            <source>The disk is full: free some room or choose another disk.</source>
            <translation>Диск заполнен: освободите место или выберите другой диск.</translation>
        </message>
        <message>
            <source>There is no such file or folder: «{path}».</source>
            <translation>Такого файла или папки нет: «{path}».</translation>
        </message>
        <message>
            <source>«{path}»: {reason}</source>
            <translation>«{path}»: {reason}</translation>
        </message>
    </context>
    <context>
        <name>JournalRowsModel</name>
        <message>
            <source>not decided</source>
            <translation>решение не принято</translation>
        </message>
        <message>
            <source>{count} ({minors} minors)</source>
            <translation>{count} (н/л — {minors})</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Поступило</translation>
        </message>
        <message>
            <source>Who made the request</source>
            <translation>Кто обратился</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Already imported earlier: it is not added again.</source>
            <translation>Уже перенесено ранее: повторно не добавляется.</translation>
        </message>
        <message>
            <source>This row has an error: see the tab of errors.</source>
            <translation>В этой строке ошибка: см. вкладку «Ошибки».</translation>
        </message>
    </context>
    <context>
        <name>JournalSummary</name>
        <message>
            <source>request|requests</source>
            <translation>обращение|обращения|обращений</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>«{name}»</translation>
        </message>
        <message>
            <source>{year}: {requests}</source>
            <translation>{year} год — {requests}</translation>
        </message>
        <message>
            <source>{year}: {requests}, {programs}</source>
            <translation>{year} год — {requests}, {programs}</translation>
        </message>
        <message>
            <source>completed program|completed programs</source>
            <translation>завершённая программа|завершённые программы|завершённых программ</translation>
        </message>
        <message>
            <source>with an agreement: {count}</source>
            <translation>с договорённостью — {count}</translation>
        </message>
        <message>
            <source>stopped: {count}</source>
            <translation>прекращено — {count}</translation>
        </message>
        <message>
            <source>The file holds no rows of requests.</source>
            <translation>В файле нет ни одной строки с обращением.</translation>
        </message>
        <message>
            <source>Nothing will be imported while the file has errors ({errors}): correct them in the file, or choose other columns for the fields below.</source>
            <translation>Ничего не будет перенесено, пока в файле есть ошибки ({errors}): исправьте их в файле или выберите для полей другие столбцы ниже.</translation>
        </message>
        <message>
            <source>error|errors</source>
            <translation>ошибка|ошибки|ошибок</translation>
        </message>
        <message>
            <source>Nothing new to import: every row of this file is already in the register.</source>
            <translation>Переносить нечего: все строки этого файла уже перенесены.</translation>
        </message>
        <message>
            <source>{count} will be imported.</source>
            <translation>Будет перенесено {count}.</translation>
        </message>
        <message>
            <source>{count} will be imported: {years}.</source>
            <translation>Будет перенесено {count}: {years}.</translation>
        </message>
        <message>
            <source>This file was already imported on {moment}.</source>
            <translation>Этот файл уже переносился {moment}.</translation>
        </message>
        <message>
            <source>Already imported earlier, and skipped: {rows}.</source>
            <translation>Уже перенесены ранее и будут пропущены: {rows}.</translation>
        </message>
        <message>
            <source>row|rows</source>
            <translation>строка|строки|строк</translation>
        </message>
        <message>
            <source>Facilitators added to the roster for the year they worked in: {names}.</source>
            <translation>Ведущие, которых нет в составе службы, будут добавлены в него на год их работы: {names}.</translation>
        </message>
        <message>
            <source>Columns that are not imported: {columns}.</source>
            <translation>Не переносятся столбцы: {columns}.</translation>
        </message>
        <message>
            <source>Import {count} from «{file}»?</source>
            <translation>Перенести {count} из файла «{file}»?</translation>
        </message>
        <message>
            <source>They become closed, read-only records marked «imported from the journal», and count in the statistics of their years. The whole import can be undone within {days}.</source>
            <translation>Они станут закрытыми записями с отметкой «Перенесено из журнала» — изменить их будет нельзя — и войдут в статистику своих лет. Весь импорт можно отменить в течение {days}.</translation>
        </message>
        <message>
            <source>day|days</source>
            <translation>день|дня|дней</translation>
        </message>
        <message>
            <source>{count} imported.</source>
            <translation>Перенесено {count}.</translation>
        </message>
        <message>
            <source>The import can be undone until {date} in «File → Imported journals…».</source>
            <translation>Отменить импорт можно до {date}: «Файл → Перенесённые журналы…».</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…и ещё {count}.</translation>
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
            <source>Save an encrypted &amp;copy to a USB stick…</source>
            <translation>Сохранить зашифрованную &amp;копию на флешку…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>&amp;Import a journal…</source>
            <translation>&amp;Импорт журнала…</translation>
        </message>
        <message>
            <source>Imported &amp;journals…</source>
            <translation>Перенесённые &amp;журналы…</translation>
        </message>
        <message>
            <source>Journal &amp;template…</source>
            <translation>&amp;Шаблон журнала…</translation>
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
            <translation>Заявки и случаи</translation>
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
            <source>Read and accept the confidentiality pledge to start working with the service's cases.</source>
            <translation>Чтобы начать работу со случаями службы, прочитайте и примите обязательство о конфиденциальности.</translation>
        </message>
        <message>
            <source>The program could not restart itself after locking. Close it and start it again before leaving the computer.</source>
            <translation>Программе не удалось перезапуститься после блокировки. Закройте её и запустите снова, прежде чем отойти от компьютера.</translation>
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
            <source>The service file is not opened</source>
            <translation>Файл службы не открыт</translation>
        </message>
        <message>
            <source>Open a vault file</source>
            <translation>Открыть файл хранилища</translation>
        </message>
        <message>
            <source>rsdesk vault (*.rsdv);;All files (*)</source>
            <translation>Хранилище rsdesk (*.rsdv);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>MappingPanel</name>
        <message>
            <source>In the template: «{header}»</source>
            <translation>В шаблоне: «{header}»</translation>
        </message>
        <message>
            <source>* required. The day the program ended and its outcome are needed in every row that names a program.</source>
            <translation>* — обязательные поля. Дата окончания и итог программы нужны в каждой строке, где указана программа.</translation>
        </message>
        <message>
            <source>— choose a column —</source>
            <translation>— выберите столбец —</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— нет —</translation>
        </message>
    </context>
    <context>
        <name>MediatorDialog</name>
        <message>
            <source>Mediator</source>
            <translation>Медиатор</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;ФИО:</translation>
        </message>
        <message>
            <source>surname, first name, patronymic</source>
            <translation>фамилия, имя, отчество</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>&amp;Class:</source>
            <translation>&amp;Класс:</translation>
        </message>
        <message>
            <source>for example 8A</source>
            <translation>например, 8А</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Должность:</translation>
        </message>
        <message>
            <source>for example school psychologist</source>
            <translation>например, педагог-психолог</translation>
        </message>
        <message>
            <source>&amp;Contacts:</source>
            <translation>Ко&amp;нтакты:</translation>
        </message>
        <message>
            <source>phone, e-mail</source>
            <translation>телефон, e-mail</translation>
        </message>
        <message>
            <source>Adults of the service see the contacts; young mediators do not.</source>
            <translation>Контакты видят взрослые члены службы; юным медиаторам они не показываются.</translation>
        </message>
        <message>
            <source>Works in the service &amp;since:</source>
            <translation>Работает в службе &amp;с:</translation>
        </message>
        <message>
            <source>No &amp;longer works in the service; the last year of work:</source>
            <translation>Бо&amp;льше не работает в службе; последний год работы:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>&amp;Примечание:</translation>
        </message>
        <message>
            <source>A person is on the service's roster every year from the first year of work until they leave: no year needs adding in January. The yearly statistics count by this rule.</source>
            <translation>Человек входит в состав службы каждый год — с первого года работы и до ухода из службы, поэтому добавлять год каждый январь не нужно. Годовая статистика считается по этому правилу.</translation>
        </message>
        <message>
            <source>curator of the service</source>
            <translation>куратор службы</translation>
        </message>
        <message>
            <source>New mediator</source>
            <translation>Новый медиатор</translation>
        </message>
        <message>
            <source>Edit mediator</source>
            <translation>Изменение данных медиатора</translation>
        </message>
        <message>
            <source>A break in the work: {years} (these years are not counted)</source>
            <translation>Перерыв в работе: {years} (эти годы не считаются)</translation>
        </message>
        <message>
            <source>Clear the mark if the person worked in the service in those years too.</source>
            <translation>Снимите отметку, если в эти годы человек тоже работал в службе.</translation>
        </message>
    </context>
    <context>
        <name>MediatorsArea</name>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Год:</translation>
        </message>
        <message>
            <source>&amp;Add mediator…</source>
            <translation>&amp;Добавить медиатора…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>Add &amp;training…</source>
            <translation>Добавить &amp;обучение…</translation>
        </message>
        <message>
            <source>Edit the &amp;record…</source>
            <translation>Изменить &amp;запись…</translation>
        </message>
        <message>
            <source>&amp;Delete the record…</source>
            <translation>&amp;Удалить запись…</translation>
        </message>
        <message>
            <source>Ro&amp;ster</source>
            <translation>Соста&amp;в службы</translation>
        </message>
        <message>
            <source>&amp;Who may lead what</source>
            <translation>&amp;Кто что может вести</translation>
        </message>
        <message>
            <source>✓ may lead · ⚠ may lead, but the module named is not completed: a warning the curator may override · ✗ not allowed: young mediators only co-mediate restorative mediation beside an adult. Point at a cell or select it to see why.</source>
            <translation>✓ может вести · ⚠ может вести, но не пройден указанный модуль: предупреждение, куратор может разрешить · ✗ нельзя: юные медиаторы участвуют только в восстановительной медиации вместе со взрослым. Наведите указатель на клетку или выберите её, чтобы увидеть причину.</translation>
        </message>
        <message>
            <source>all years</source>
            <translation>все годы</translation>
        </message>
        <message>
            <source>Only the curator changes the service's roster.</source>
            <translation>Изменять состав службы может только куратор.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <source>Training of {name}</source>
            <translation>Обучение: {name}</translation>
        </message>
        <message>
            <source>Everyone: {adults} adult, {young} young</source>
            <translation>Все: взрослых — {adults}, юных — {young}</translation>
        </message>
        <message>
            <source>Served in {year}: {adults} adult, {young} young</source>
            <translation>Состав {year} года: взрослых — {adults}, юных — {young}</translation>
        </message>
        <message>
            <source>Delete the training record</source>
            <translation>Удаление записи об обучении</translation>
        </message>
        <message>
            <source>Delete this training record?</source>
            <translation>Удалить эту запись об обучении?</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Оставить</translation>
        </message>
        <message>
            <source>The record is not deleted</source>
            <translation>Запись не удалена</translation>
        </message>
    </context>
    <context>
        <name>OutcomePage</name>
        <message>
            <source>Outcome of the program</source>
            <translation>Итог программы</translation>
        </message>
        <message>
            <source>Ended on {date}.</source>
            <translation>Дата завершения: {date}.</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Причина: {reason}</translation>
        </message>
        <message>
            <source>Declined to take part: {name}.</source>
            <translation>Отказ от участия: {name}.</translation>
        </message>
        <message>
            <source>The case was handed over to another facilitator: {name}.</source>
            <translation>Случай передан другому ведущему: {name}.</translation>
        </message>
        <message>
            <source>The case was transferred to: {service}.</source>
            <translation>Случай передан в другую службу: {service}.</translation>
        </message>
        <message>
            <source>Took part in meetings: adults {adults}, minors {minors}.</source>
            <translation>Участвовали во встречах: взрослых — {adults}, несовершеннолетних — {minors}.</translation>
        </message>
        <message>
            <source>Check-up on the agreement: {date}.</source>
            <translation>Проверка выполнения договорённостей: {date}.</translation>
        </message>
        <message>
            <source>The referring body learns only the result: whether the program took place, whether there is an agreement and whether it is kept.</source>
            <translation>Направившая сторона узнаёт только результат: состоялась ли программа, есть ли договорённость и выполняется ли она.</translation>
        </message>
        <message>
            <source>The agreement has been sent to the curator for approval.</source>
            <translation>Договор отправлен куратору на утверждение.</translation>
        </message>
        <message>
            <source>The curator has approved the agreement.</source>
            <translation>Куратор утвердил договор.</translation>
        </message>
        <message>
            <source>The curator returned the agreement for rework; see the curator's reason in the case.</source>
            <translation>Куратор вернул договор на доработку; причина указана в карточке случая.</translation>
        </message>
        <message>
            <source>No new step can be taken in a finished program. Until the case is closed, what was recorded can still be corrected: click the stage in the list of stages and press «Correct…».</source>
            <translation>В завершённой программе новых шагов нет. Пока случай не закрыт, записанное можно исправить: выберите этап в списке этапов и нажмите «Исправить…».</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsDialog</name>
        <message>
            <source>Participants of case No. {number}</source>
            <translation>Участники случая № {number}</translation>
        </message>
        <message>
            <source>Add a person you learned of later, correct a name, class or age, or remove a person entered by mistake. Whoever takes part in a program stays in the case; the program adds people in its own guide.</source>
            <translation>Добавьте человека, о котором узнали позже, исправьте имя, класс или возраст, удалите человека, внесённого по ошибке. Кто участвует в программе, остаётся в случае; в саму программу людей добавляют в её мастере.</translation>
        </message>
        <message>
            <source>&amp;Why (if it is a correction):</source>
            <translation>&amp;Причина (если это исправление ошибки):</translation>
        </message>
        <message>
            <source>&amp;Why does the case stay in this service?</source>
            <translation>&amp;Почему случай остаётся в службе?</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsEditor</name>
        <message>
            <source>Surname and name</source>
            <translation>Фамилия и имя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Minor or adult</source>
            <translation>Несовершеннолетний?</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>&amp;Добавить участника</translation>
        </message>
        <message>
            <source>Re&amp;move participant</source>
            <translation>&amp;Удалить участника</translation>
        </message>
        <message>
            <source>F2 or typing edits a cell, Enter confirms; Insert adds a row, Delete removes it.</source>
            <translation>F2 или ввод текста — изменить ячейку, Enter — готово; Insert — добавить строку, Delete — удалить.</translation>
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
            <source>name</source>
            <translation>фамилия и имя</translation>
        </message>
        <message>
            <source>role</source>
            <translation>роль</translation>
        </message>
        <message>
            <source>minor or adult</source>
            <translation>несовершеннолетний или взрослый</translation>
        </message>
        <message>
            <source>class</source>
            <translation>класс</translation>
        </message>
        <message>
            <source>age</source>
            <translation>возраст</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {message}</source>
            <translation>Строка {row}, {column}: {message}</translation>
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
            <source>&amp;Set the new password</source>
            <translation>&amp;Задать новый пароль</translation>
        </message>
        <message>
            <source>&amp;Change the password</source>
            <translation>&amp;Сменить пароль</translation>
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
        <name>PeopleDialog</name>
        <message>
            <source>Participants and consent</source>
            <translation>Участники и согласие</translation>
        </message>
        <message>
            <source>Everyone who takes part must hear what the restorative approach is and what legal consequences taking part may have, and then agree; for a minor, their parent or legal representative agrees too. Choose a person to record it.</source>
            <translation>Каждый участник должен узнать, что такое восстановительный подход и какие правовые последствия может иметь участие, и только потом дать согласие; за несовершеннолетнего соглашается и его родитель или законный представитель. Выберите человека, чтобы это отметить.</translation>
        </message>
        <message>
            <source>Choose a participant in the table to record what was explained to them.</source>
            <translation>Выберите участника в таблице, чтобы отметить, что ему разъяснено, и его согласие.</translation>
        </message>
        <message>
            <source>A&amp;dd to the program…</source>
            <translation>Доб&amp;авить в программу…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>In the case but not in the program: {names}.</source>
            <translation>Есть в случае, но пока не участвуют в программе: {names}.</translation>
        </message>
        <message>
            <source>Everyone of the case takes part. To add someone new, add them to the case in its card first.</source>
            <translation>В программе участвуют все участники случая. Чтобы добавить нового человека, сначала добавьте его в случай в карточке случая.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTable</name>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>Разъяснено</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Stage held</source>
            <translation>Этап проведён</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>пока нет</translation>
        </message>
    </context>
    <context>
        <name>PlanMeetingDialog</name>
        <message>
            <source>Plan a meeting</source>
            <translation>Назначить встречу</translation>
        </message>
        <message>
            <source>The meeting «{title}» goes into the agenda of the programs area. Once the stage is recorded, the planned meeting is marked as held. The note is for the place or what to bring: nothing the participants said belongs in it.</source>
            <translation>Встреча «{title}» появится в плане раздела «Программы и встречи». Когда этап будет записан, назначенная встреча отметится как проведённая. В примечании — место или что взять с собой; то, что говорили участники, сюда не пишут.</translation>
        </message>
        <message>
            <source>Plan the meeting</source>
            <translation>Назначить встречу</translation>
        </message>
        <message>
            <source>e.g. 14:30 (may stay empty)</source>
            <translation>например, 14:30 (можно не указывать)</translation>
        </message>
        <message>
            <source>e.g. room 12, after the lessons</source>
            <translation>например, каб. 12, после уроков</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Время:</translation>
        </message>
        <message>
            <source>&amp;With whom:</source>
            <translation>&amp;С кем:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Примечание:</translation>
        </message>
    </context>
    <context>
        <name>PledgeDialog</name>
        <message>
            <source>I keep confidential everything the participants of the programs say and everything I learn about them and their families in the work of the service. I tell it to nobody outside the program: not to classmates, colleagues, friends or my own family, neither now nor after I leave the service.</source>
            <translation>Я храню в тайне всё, что говорят участники программ, и всё, что я узнаю о них и об их семьях в работе службы. Я никому не рассказываю об этом за пределами программы — ни одноклассникам, ни коллегам, ни друзьям, ни своим родным — ни сейчас, ни после ухода из службы.</translation>
        </message>
        <message>
            <source>There is one exception: a threat to someone's life or health, or a crime committed or being prepared. Then I tell the curator of the service at once (a young mediator tells the adult co-mediator or the curator), and the curator informs those the law requires. I warn the participants of this exception before the program begins.</source>
            <translation>Исключение одно: угроза жизни или здоровью человека, совершённое или готовящееся преступление. Тогда я сразу сообщаю об этом куратору службы (юный медиатор — взрослому ко-медиатору или куратору), а куратор извещает тех, кого требует закон. Об этом исключении я предупреждаю участников до начала программы.</translation>
        </message>
        <message>
            <source>I do not take case data out of the program: I do not photograph the screen and do not copy the data onto paper, into messengers, e-mail, cloud storage or other files. Documents are printed or saved only through the program and only for the work of the service.</source>
            <translation>Я не выношу данные случаев за пределы программы: не фотографирую экран и не переписываю данные на бумагу, в мессенджеры, электронную почту, облачные хранилища или другие файлы. Документы печатаются и сохраняются только через программу и только для работы службы.</translation>
        </message>
        <message>
            <source>Whenever I leave the computer, even for a minute, I lock the program (Ctrl+L) or the computer. I tell nobody my password and do not write it down where others may find it.</source>
            <translation>Отходя от компьютера даже на минуту, я блокирую программу (Ctrl+L) или компьютер. Я никому не сообщаю свой пароль и не записываю его там, где его могут найти другие.</translation>
        </message>
        <message>
            <source>I open only the cases I work on and use what I learn only for the work of the service. The program records who opened which case.</source>
            <translation>Я открываю только те случаи, с которыми работаю, и использую узнанное только для работы службы. Программа записывает, кто и какой случай открывал.</translation>
        </message>
        <message>
            <source>When I leave the service, I tell the curator so that my access is closed. The pledge stays in force after I leave.</source>
            <translation>Уходя из службы, я сообщаю об этом куратору, чтобы мой доступ закрыли. Обязательство действует и после ухода.</translation>
        </message>
        <message>
            <source>Confidentiality pledge</source>
            <translation>Обязательство о конфиденциальности</translation>
        </message>
        <message>
            <source>You signed in as {user}. Restorative programs work only when the participants trust that what they say stays with the mediators. Before you start, read the pledge and accept it; the date is recorded in the audit trail.</source>
            <translation>Вы вошли как {user}. Восстановительные программы работают, только когда участники уверены: сказанное ими останется у медиаторов. Прежде чем начать, прочитайте обязательство и примите его; дата принятия записывается в журнал действий.</translation>
        </message>
        <message>
            <source>I have &amp;read and accept the pledge</source>
            <translation>Обязательство &amp;прочитано, я его принимаю</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>П&amp;ринять</translation>
        </message>
        <message>
            <source>&amp;Decline and lock</source>
            <translation>&amp;Отказаться и заблокировать</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Что не так</translation>
        </message>
        <message>
            <source>file</source>
            <translation>файл</translation>
        </message>
    </context>
    <context>
        <name>ProgramButtons</name>
        <message>
            <source>Start a pro&amp;gram…</source>
            <translation>Начать про&amp;грамму…</translation>
        </message>
        <message>
            <source>Contin&amp;ue the program</source>
            <translation>Продол&amp;жить программу</translation>
        </message>
        <message>
            <source>Vi&amp;ew the program</source>
            <translation>Посмотр&amp;еть программу</translation>
        </message>
        <message>
            <source>Op&amp;en the program</source>
            <translation>Откр&amp;ыть программу</translation>
        </message>
        <message>
            <source>{program} (finished)</source>
            <translation>{program} (завершена)</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>A participant refuses</source>
            <translation>Участник отказывается</translation>
        </message>
        <message>
            <source>Anyone may refuse to take part at any stage, and nobody has to explain it at length. Thank them and write down what they said. The program stops.</source>
            <translation>Отказаться от участия можно на любом этапе, и никто не обязан подробно объяснять почему. Поблагодарите человека и запишите, что он сказал. Программа будет прекращена.</translation>
        </message>
        <message>
            <source>Record the refusal and stop the program</source>
            <translation>Записать отказ и прекратить программу</translation>
        </message>
        <message>
            <source>— choose who refuses —</source>
            <translation>— выберите, кто отказывается —</translation>
        </message>
        <message>
            <source>&amp;Who refuses:</source>
            <translation>&amp;Кто отказывается:</translation>
        </message>
        <message>
            <source>&amp;Reason, in their words:</source>
            <translation>&amp;Причина, его словами:</translation>
        </message>
        <message>
            <source>D&amp;ate of the refusal:</source>
            <translation>&amp;Дата отказа:</translation>
        </message>
        <message>
            <source>Choose who refuses.</source>
            <translation>Выберите, кто отказывается.</translation>
        </message>
        <message>
            <source>The mediator stops or passes on the program</source>
            <translation>Медиатор прекращает или передаёт программу</translation>
        </message>
        <message>
            <source>The mediator may decline to continue, hand the case to another facilitator (the program then counts as stopped), or transfer it to another service, for example a territorial one (the program counts as transferred).</source>
            <translation>Медиатор может отказаться продолжать, передать случай другому ведущему (тогда программа считается прекращённой) или передать его в другую службу, например в территориальную (программа считается переданной).</translation>
        </message>
        <message>
            <source>Record and end the program</source>
            <translation>Записать и завершить программу</translation>
        </message>
        <message>
            <source>&amp;Stop the program</source>
            <translation>&amp;Прекратить программу</translation>
        </message>
        <message>
            <source>&amp;Hand over to another facilitator</source>
            <translation>П&amp;ередать другому ведущему</translation>
        </message>
        <message>
            <source>&amp;Transfer to another service</source>
            <translation>Передать в &amp;другую службу</translation>
        </message>
        <message>
            <source>What happens:</source>
            <translation>Что происходит:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>Пр&amp;ичина:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>Д&amp;ата:</translation>
        </message>
        <message>
            <source>To &amp;which service the case goes:</source>
            <translation>&amp;В какую службу передаётся случай:</translation>
        </message>
        <message>
            <source>e.g. the territorial reconciliation service</source>
            <translation>например, территориальная служба примирения</translation>
        </message>
        <message>
            <source>To &amp;which facilitator the case goes:</source>
            <translation>&amp;Кому из ведущих передаётся случай:</translation>
        </message>
        <message>
            <source>Full name of the facilitator</source>
            <translation>Фамилия, имя и отчество ведущего</translation>
        </message>
        <message>
            <source>Write to whom the case goes.</source>
            <translation>Напишите, кому передаётся случай.</translation>
        </message>
        <message>
            <source>a threat to life</source>
            <translation>угроза жизни</translation>
        </message>
        <message>
            <source>a possible crime</source>
            <translation>возможное преступление</translation>
        </message>
        <message>
            <source>Exception from confidentiality</source>
            <translation>Исключение из конфиденциальности</translation>
        </message>
        <message>
            <source>What is said in a program stays between its participants. The one exception is information about a threat to life or a possible crime. Before passing it on, tell the participants that it will be disclosed and to whom. This record stays in the case and is never part of any report, statistics or export.</source>
            <translation>Всё, что сказано в программе, остаётся между её участниками. Единственное исключение — сведения об угрозе жизни или о возможном преступлении. Прежде чем передать их, скажите участникам, что эти сведения будут раскрыты и кому. Эта запись остаётся в деле и никогда не попадает в отчёты, статистику и выгрузки.</translation>
        </message>
        <message>
            <source>Record the exception</source>
            <translation>Записать исключение</translation>
        </message>
        <message>
            <source>&amp;What it is about:</source>
            <translation>&amp;О чём речь:</translation>
        </message>
        <message>
            <source>W&amp;hen it became known:</source>
            <translation>&amp;Когда стало известно:</translation>
        </message>
        <message>
            <source>Participants &amp;told beforehand:</source>
            <translation>Участники &amp;предупреждены заранее:</translation>
        </message>
        <message>
            <source>&amp;Disclosed to:</source>
            <translation>Кому &amp;сообщено:</translation>
        </message>
        <message>
            <source>Skip the stage</source>
            <translation>Пропустить этап</translation>
        </message>
        <message>
            <source>The stage «{title}» may be left out, for example when the parties did not reach an agreement. Write down why.</source>
            <translation>Этап «{title}» можно пропустить, например если стороны не договорились. Запишите причину.</translation>
        </message>
        <message>
            <source>The curator's permission</source>
            <translation>Разрешение куратора</translation>
        </message>
        <message>
            <source>{warnings}

The curator may allow the program to go ahead anyway, for example with an experienced co-facilitator or under supervision. The permission and its reason are recorded.</source>
            <translation>{warnings}

Куратор может всё же разрешить программу, например с опытным соведущим или под супервизией. Разрешение и его причина записываются.</translation>
        </message>
        <message>
            <source>Allow and record</source>
            <translation>Разрешить и записать</translation>
        </message>
        <message>
            <source>&amp;Curator:</source>
            <translation>&amp;Куратор:</translation>
        </message>
    </context>
    <context>
        <name>ProgramFields</name>
        <message>
            <source>&amp;Add a point</source>
            <translation>Доба&amp;вить пункт</translation>
        </message>
        <message>
            <source>What they will do</source>
            <translation>Что сделает</translation>
        </message>
        <message>
            <source>By:</source>
            <translation>К сроку:</translation>
        </message>
        <message>
            <source>Remove the point</source>
            <translation>Убрать пункт</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>Кто:</translation>
        </message>
        <message>
            <source>Does what:</source>
            <translation>Что делает:</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>не указано</translation>
        </message>
    </context>
    <context>
        <name>ProgramWizard</name>
        <message>
            <source>the day the request came in</source>
            <translation>дня поступления заявки</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>несовершеннолетний</translation>
        </message>
        <message>
            <source>The program is completed with an agreement.</source>
            <translation>Программа завершена с договорённостью.</translation>
        </message>
        <message>
            <source>The program is completed without an agreement.</source>
            <translation>Программа завершена без договорённости.</translation>
        </message>
        <message>
            <source>The program was stopped.</source>
            <translation>Программа прекращена.</translation>
        </message>
        <message>
            <source>The program was transferred to another service.</source>
            <translation>Программа передана в другую службу.</translation>
        </message>
        <message>
            <source>{program}: case No. {number}</source>
            <translation>{program}: случай № {number}</translation>
        </message>
        <message>
            <source>{title} (read only)</source>
            <translation>{title} (только чтение)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Read only: {reason}</source>
            <translation>Только чтение: {reason}</translation>
        </message>
        <message>
            <source>&amp;Participants and consent…</source>
            <translation>&amp;Участники и согласие…</translation>
        </message>
        <message>
            <source>A participant re&amp;fuses…</source>
            <translation>Участник &amp;отказывается…</translation>
        </message>
        <message>
            <source>&amp;Mediator stops or passes on…</source>
            <translation>&amp;Медиатор прекращает или передаёт…</translation>
        </message>
        <message>
            <source>Confidentiality e&amp;xception…</source>
            <translation>Исключение из &amp;конфиденциальности…</translation>
        </message>
        <message>
            <source>C&amp;urator's permission…</source>
            <translation>Разрешение курато&amp;ра…</translation>
        </message>
        <message>
            <source>Stages:</source>
            <translation>Этапы:</translation>
        </message>
        <message>
            <source>Click to open the stage and correct it if need be.</source>
            <translation>Щёлкните, чтобы открыть этап и при необходимости исправить его.</translation>
        </message>
    </context>
    <context>
        <name>ProgramsArea</name>
        <message>
            <source>Case</source>
            <translation>Случай</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Где сейчас</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Ведущие</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Начата</translation>
        </message>
        <message>
            <source>not started yet</source>
            <translation>ещё не начата</translation>
        </message>
        <message>
            <source>case No. {number}</source>
            <translation>случай № {number}</translation>
        </message>
        <message>
            <source>recorded without the step-by-step guide</source>
            <translation>записана без пошагового мастера</translation>
        </message>
        <message>
            <source>ready to close</source>
            <translation>можно завершать</translation>
        </message>
        <message>
            <source>{stage} (left: {count})</source>
            <translation>{stage} (осталось: {count})</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>На этой неделе</translation>
        </message>
        <message>
            <source>Next weeks</source>
            <translation>В ближайшие недели</translation>
        </message>
        <message>
            <source>Meetings still without a date</source>
            <translation>Встречи, для которых ещё не назначена дата</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>проверка договорённостей</translation>
        </message>
        <message>
            <source>planned meeting</source>
            <translation>запланированная встреча</translation>
        </message>
        <message>
            <source>Meeting: {what}</source>
            <translation>Встреча: {what}</translation>
        </message>
        <message>
            <source>with {names}</source>
            <translation>с участием: {names}</translation>
        </message>
        <message>
            <source>Programs and meetings</source>
            <translation>Программы и встречи</translation>
        </message>
        <message>
            <source>Programs under way:</source>
            <translation>Программы в работе:</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Продолжить</translation>
        </message>
        <message>
            <source>&amp;Start a program…</source>
            <translation>&amp;Начать программу…</translation>
        </message>
        <message>
            <source>Agenda: planned meetings, follow-ups due and meetings to arrange</source>
            <translation>План: назначенные встречи, проверки договорённостей и встречи, которые предстоит назначить</translation>
        </message>
        <message>
            <source>No program is under way. Start one for an open case here or from the case card.</source>
            <translation>Сейчас нет программ в работе. Начните программу для открытого случая здесь или из карточки случая.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Тип файлов:</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>the case was closed on {date}</source>
            <translation>случай закрыт {date}</translation>
        </message>
        <message>
            <source>Reopen the case</source>
            <translation>Открыть случай заново</translation>
        </message>
        <message>
            <source>&amp;Why is case No. {number} reopened?</source>
            <translation>&amp;Почему случай № {number} открывается заново?</translation>
        </message>
        <message>
            <source>The case becomes open again and can be changed. The reason is kept in the case's timeline and in the audit trail.</source>
            <translation>Случай снова станет открытым, и его можно будет изменять. Причина сохранится в ходе работы по случаю и в журнале действий.</translation>
        </message>
        <message>
            <source>No names: the reason goes into the audit trail.</source>
            <translation>Без имён — причина попадёт в журнал действий.</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Открыть заново</translation>
        </message>
        <message>
            <source>Reopened &amp;on:</source>
            <translation>&amp;Дата повторного открытия:</translation>
        </message>
        <message>
            <source>Return for rework</source>
            <translation>Вернуть на доработку</translation>
        </message>
        <message>
            <source>&amp;What should be redone? ({what}, case No. {number})</source>
            <translation>&amp;Что нужно доработать? ({what}, случай № {number})</translation>
        </message>
        <message>
            <source>A returned closure opens the case again, and the reason appears in its timeline.</source>
            <translation>Если вернуть закрытие, случай снова откроется, а причина появится в ходе работы по нему.</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Delete the case</source>
            <translation>Удаление случая</translation>
        </message>
        <message>
            <source>&amp;Why is case No. {number} deleted?</source>
            <translation>&amp;Почему случай № {number} удаляется?</translation>
        </message>
        <message>
            <source>The case and its request disappear from every list and from the statistics. The curator can restore it within {days} days; after that it is erased for good.</source>
            <translation>Случай и его заявка исчезнут из всех списков и из статистики. Куратор может восстановить случай в течение {days} дней, после этого он будет удалён окончательно.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
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
        <name>RecoverySheetSaver</name>
        <message>
            <source>Save the recovery key sheet for printing</source>
            <translation>Сохранить лист с ключом восстановления для печати</translation>
        </message>
        <message>
            <source>recovery key.pdf</source>
            <translation>ключ восстановления.pdf</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Запись…</translation>
        </message>
        <message>
            <source>Saved: {path}. Print it now, then delete the file.</source>
            <translation>Сохранено: {path}. Распечатайте лист сейчас, затем удалите файл.</translation>
        </message>
        <message>
            <source>The sheet was not saved: {reason}</source>
            <translation>Лист не сохранён: {reason}</translation>
        </message>
        <message>
            <source>&amp;Save the key sheet (PDF)…</source>
            <translation>&amp;Сохранить лист с ключом (PDF)…</translation>
        </message>
        <message>
            <source>The sheet holds the key in plain view. Print it at once and delete the file (and empty the recycle bin): a copy left on a computer or a USB stick opens every case of the service.</source>
            <translation>На листе ключ записан открыто. Сразу распечатайте его и удалите файл (и очистите корзину): копия, оставленная на компьютере или флешке, открывает все случаи службы.</translation>
        </message>
    </context>
    <context>
        <name>RegionalPanel</name>
        <message>
            <source>Choose the services' statistics files</source>
            <translation>Выберите файлы статистики служб</translation>
        </message>
        <message>
            <source>Statistics files (*{suffix} *.json);;All files (*)</source>
            <translation>Файлы статистики (*{suffix} *.json);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Choose a folder with statistics files</source>
            <translation>Выберите папку с файлами статистики</translation>
        </message>
        <message>
            <source>Checking the signatures and adding up…</source>
            <translation>Проверка подписей и подсчёт…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <source>No file was accepted: see the Files tab for the reasons.</source>
            <translation>Ни один файл не принят: причины — на вкладке «Файлы».</translation>
        </message>
        <message>
            <source>Stopped. The tables shown are from the last summary.</source>
            <translation>Остановлено. Показаны таблицы предыдущего свода, если он был.</translation>
        </message>
        <message>
            <source>Adding up each year…</source>
            <translation>Свожу каждый год…</translation>
        </message>
        <message>
            <source>The years are side by side on «Over the years».</source>
            <translation>Годы сопоставлены на вкладке «По годам».</translation>
        </message>
        <message>
            <source>regional-summary-{year}</source>
            <translation>региональный-свод-{year}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the regional summary</source>
            <translation>Сохранить региональный свод</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Запись…</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>&amp;Statistics files of the services (files or folders to search):</source>
            <translation>&amp;Файлы статистики служб (файлы или папки, в которых их искать):</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Добавить &amp;файлы…</translation>
        </message>
        <message>
            <source>Add a f&amp;older…</source>
            <translation>Добавить п&amp;апку…</translation>
        </message>
        <message>
            <source>&amp;Remove from the list</source>
            <translation>&amp;Убрать из списка</translation>
        </message>
        <message>
            <source>Only the &amp;year:</source>
            <translation>Только за &amp;год:</translation>
        </message>
        <message>
            <source>Without a year, the summary is made for the year most files carry.</source>
            <translation>Если год не указан, свод составляется за год, к которому относится больше всего файлов.</translation>
        </message>
        <message>
            <source>&amp;Add up</source>
            <translation>С&amp;вести</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>&amp;Остановить</translation>
        </message>
        <message>
            <source>Save &amp;XLSX…</source>
            <translation>Сохранить &amp;XLSX…</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>Сохранить &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Working tables</source>
            <translation>&amp;Рабочие таблицы</translation>
        </message>
        <message>
            <source>Exact figures for the regional centre, not for publication. Unticked, values below 3 of one municipality or one service are hidden as «&lt;3».</source>
            <translation>Точные числа для регионального центра, не для публикации. Без отметки значения меньше 3 по одному муниципалитету или одной службе скрыты как «&lt;3».</translation>
        </message>
        <message>
            <source>Registry of ser&amp;vices…</source>
            <translation>Ре&amp;естр служб…</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>Прочитано файлов: %v из %m</translation>
        </message>
        <message>
            <source>Add the files the services sent, or a folder with them, and press «Add up». Every file's signature is checked; a file that fails is listed with the reason and never counted.</source>
            <translation>Добавьте файлы, присланные службами, или папку с ними и нажмите «Свести». Подпись каждого файла проверяется; файл, не прошедший проверку, показывается с причиной и не учитывается.</translation>
        </message>
    </context>
    <context>
        <name>RegionalResults</name>
        <message>
            <source>School services: completed programs by kind</source>
            <translation>Школьные службы: завершённые программы по видам</translation>
        </message>
        <message>
            <source>Territorial services: completed programs by category of case</source>
            <translation>Территориальные службы: завершённые программы по категориям случаев</translation>
        </message>
        <message>
            <source>Territorial services: completed programs by type</source>
            <translation>Территориальные службы: завершённые программы по видам</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонён</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>предупреждение</translation>
        </message>
        <message>
            <source>no file</source>
            <translation>нет файла</translation>
        </message>
        <message>
            <source>A registered service; no valid file of this year yet.</source>
            <translation>Служба есть в реестре, но действительного файла за этот год от неё пока нет.</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>учтён</translation>
        </message>
        <message>
            <source>Table &amp;1</source>
            <translation>Таблица &amp;1</translation>
        </message>
        <message>
            <source>Table &amp;2</source>
            <translation>Таблица &amp;2</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>&amp;Диаграммы</translation>
        </message>
        <message>
            <source>&amp;Drill-down</source>
            <translation>Р&amp;азбивка</translation>
        </message>
        <message>
            <source>Over the &amp;years</source>
            <translation>По &amp;годам</translation>
        </message>
        <message>
            <source>&amp;Files</source>
            <translation>&amp;Файлы</translation>
        </message>
        <message>
            <source>&amp;Files: {accepted} counted, {rejected} rejected</source>
            <translation>&amp;Файлы: учтено {accepted}, отклонено {rejected}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
    </context>
    <context>
        <name>RegistryDialog</name>
        <message>
            <source>files with another key rejected: {count}, the last on {day}</source>
            <translation>отклонено файлов с другим ключом: {count}, последний — {day}</translation>
        </message>
        <message>
            <source>new: check it and confirm</source>
            <translation>новая: проверьте и подтвердите</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>подтверждена</translation>
        </message>
        <message>
            <source>{name}
id {id}
in the registry since {day}</source>
            <translation>{name}
идентификатор {id}
в реестре с {day}</translation>
        </message>
        <message>
            <source>territorial</source>
            <translation>территориальная</translation>
        </message>
        <message>
            <source>school</source>
            <translation>школьная</translation>
        </message>
        <message>
            <source>Confirmed: {names}.</source>
            <translation>Подтверждено: {names}.</translation>
        </message>
        <message>
            <source>Choose the file of {name} signed with its new key</source>
            <translation>Выберите файл службы {name}, подписанный её новым ключом</translation>
        </message>
        <message>
            <source>Statistics files (*{suffix} *.json);;All files (*)</source>
            <translation>Файлы статистики (*{suffix} *.json);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The file is not taken: {reason}</source>
            <translation>Файл не принят: {reason}</translation>
        </message>
        <message>
            <source>The file is of another service: {name} ({id}). Choose a file of {chosen}.</source>
            <translation>Это файл другой службы: {name} ({id}). Выберите файл службы {chosen}.</translation>
        </message>
        <message>
            <source>The key of {name} is not changed.</source>
            <translation>Ключ службы {name} не изменён.</translation>
        </message>
        <message>
            <source>From now on {name} is counted with the new key. Add up the files again to count its file.</source>
            <translation>Теперь файлы службы {name} учитываются с новым ключом. Сведите файлы заново, чтобы учесть её файл.</translation>
        </message>
        <message>
            <source>Accept a new key for {name}?</source>
            <translation>Принять новый ключ службы {name}?</translation>
        </message>
        <message>
            <source>Files of {name} are then counted only when signed with the new key, and a file signed with the old one is rejected.

Old key: {old}
New key: {new}

Accept it only when the service has told you itself, by phone or in a letter, that it installed rsdesk anew or moved to another computer. Whoever else made a file with this service's name would otherwise have their figures counted as the service's.</source>
            <translation>После этого файлы службы {name} учитываются, только если подписаны новым ключом, а файл, подписанный старым, отклоняется.

Старый ключ: {old}
Новый ключ: {new}

Принимайте его, только если служба сама сообщила вам по телефону или письмом, что заново установила rsdesk или перешла на другой компьютер. Иначе цифры того, кто сделал файл от имени этой службы, будут учтены как её собственные.</translation>
        </message>
        <message>
            <source>Choose the list of services</source>
            <translation>Выберите список служб</translation>
        </message>
        <message>
            <source>Lists of services (*.csv);;All files (*)</source>
            <translation>Списки служб (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The list {path} cannot be read: {reason}</source>
            <translation>Не удалось прочитать список {path}: {reason}</translation>
        </message>
        <message>
            <source>Services added: {added}. Already in the registry, left as they are: {kept}.</source>
            <translation>Добавлено служб: {added}. Уже были в реестре и оставлены без изменений: {kept}.</translation>
        </message>
        <message>
            <source>Registry of services</source>
            <translation>Реестр служб</translation>
        </message>
        <message>
            <source>A service is added with the key of its first accepted file, as a new service: check with it that the file is its own, then confirm it. A file signed with another key is not counted until you accept the new key.</source>
            <translation>Служба добавляется с ключом своего первого принятого файла как новая: уточните у неё, что файл действительно её, и подтвердите. Файл, подписанный другим ключом, не учитывается, пока вы не примете новый ключ.</translation>
        </message>
        <message>
            <source>&amp;Services</source>
            <translation>&amp;Службы</translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>С&amp;обытия</translation>
        </message>
        <message>
            <source>&amp;Who has sent the file</source>
            <translation>&amp;Кто прислал файл</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Служба</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ключ</translation>
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
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Подтвердить</translation>
        </message>
        <message>
            <source>The selected services are checked and their keys in the registry are right: they are no longer listed as new or as having a file rejected.</source>
            <translation>Выбранные службы проверены, их ключи в реестре верны: они больше не отмечаются как новые или как службы с отклонённым файлом.</translation>
        </message>
        <message>
            <source>Accept a new &amp;key…</source>
            <translation>Принять новый &amp;ключ…</translation>
        </message>
        <message>
            <source>Choose a file of the selected service signed with its new key.</source>
            <translation>Выберите файл выбранной службы, подписанный её новым ключом.</translation>
        </message>
        <message>
            <source>&amp;Import a list of services…</source>
            <translation>&amp;Загрузить список служб…</translation>
        </message>
        <message>
            <source>A CSV file with the columns id;kind;name;municipality;public_key.</source>
            <translation>Файл CSV со столбцами id;kind;name;municipality;public_key.</translation>
        </message>
    </context>
    <context>
        <name>RepeatNotice</name>
        <message>
            <source>Possible repeat conflict: these people are already in an open case or in one closed less than a year ago.</source>
            <translation>Возможно, повторный конфликт: эти люди уже участвуют в открытом случае или в случае, закрытом меньше года назад.</translation>
        </message>
        <message>
            <source>{name} — open case No. {number}</source>
            <translation>{name} — открытый случай № {number}</translation>
        </message>
        <message>
            <source>{name} — case No. {number}, closed on {date}</source>
            <translation>{name} — случай № {number}, закрыт {date}</translation>
        </message>
        <message>
            <source>{name} — also in another open or recent case</source>
            <translation>{name} — также в другом открытом или недавнем случае</translation>
        </message>
        <message>
            <source>{name} — in another open or recent case</source>
            <translation>{name} — в другом открытом или недавнем случае</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>New request</source>
            <translation>Новая заявка</translation>
        </message>
        <message>
            <source>Correct the request</source>
            <translation>Исправление заявки</translation>
        </message>
        <message>
            <source>— choose who it came from —</source>
            <translation>— выберите, от кого поступила —</translation>
        </message>
        <message>
            <source>e.g. juvenile affairs commission of the Leninsky district; may stay empty</source>
            <translation>например, КДН и ЗП Ленинского района; можно не заполнять</translation>
        </message>
        <message>
            <source>— choose the category —</source>
            <translation>— выберите категорию —</translation>
        </message>
        <message>
            <source>Date &amp;received:</source>
            <translation>Дата &amp;поступления:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Источник:</translation>
        </message>
        <message>
            <source>&amp;Referring organisation:</source>
            <translation>&amp;Направившая организация:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Категория:</translation>
        </message>
        <message>
            <source>Short &amp;description:</source>
            <translation>&amp;Суть обращения:</translation>
        </message>
        <message>
            <source>Confidential: a few factual lines, no more than the work needs. No diagnoses, no rumours, no opinions.</source>
            <translation>Конфиденциально: несколько строк по фактам, не больше, чем нужно для работы. Без диагнозов, слухов и оценок.</translation>
        </message>
        <message>
            <source>Partici&amp;pants:</source>
            <translation>У&amp;частники:</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Зарегистрировать</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Со&amp;хранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Discard what was typed? The request will not be registered.</source>
            <translation>Отменить ввод? Заявка не будет зарегистрирована.</translation>
        </message>
        <message>
            <source>Discard the corrections? The request stays as it was.</source>
            <translation>Отменить исправления? Заявка останется прежней.</translation>
        </message>
        <message>
            <source>Discard the typing</source>
            <translation>Отменить ввод</translation>
        </message>
        <message>
            <source>Go on typing</source>
            <translation>Продолжить ввод</translation>
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
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
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
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>The service file goes back to the state of the chosen copy. The present state is not lost: it is kept as a separate backup first.</source>
            <translation>Файл службы вернётся к состоянию выбранной копии. Нынешнее состояние не пропадёт: сначала оно сохраняется как отдельная резервная копия.</translation>
        </message>
        <message>
            <source>{when} · {size} KB</source>
            <translation>{when} · {size} КБ</translation>
        </message>
        <message>
            <source>(state before a restore)</source>
            <translation>(состояние перед восстановлением)</translation>
        </message>
        <message>
            <source>Choose &amp;another copy…</source>
            <translation>Выбрать &amp;другую копию…</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <source>Choose a backup copy</source>
            <translation>Выбор резервной копии</translation>
        </message>
        <message>
            <source>rsdesk vault (*.rsdv)</source>
            <translation>Хранилище rsdesk (*.rsdv)</translation>
        </message>
        <message>
            <source>Choose a copy and enter the password.</source>
            <translation>Выберите копию и введите пароль.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Восстанавливаем…</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>since {year}</source>
            <translation>с {year}</translation>
        </message>
        <message>
            <source>curator of the service</source>
            <translation>куратор службы</translation>
        </message>
        <message>
            <source>{kind}, class {class_name}</source>
            <translation>{kind}, {class_name} класс</translation>
        </message>
        <message>
            <source>36-hour program</source>
            <translation>36-часовая программа</translation>
        </message>
        <message>
            <source>program not completed yet</source>
            <translation>программа не пройдена</translation>
        </message>
        <message>
            <source>no modules yet</source>
            <translation>модулей пока нет</translation>
        </message>
        <message>
            <source>A break in the work: {years}</source>
            <translation>Перерыв в работе: {years}</translation>
        </message>
        <message>
            <source>May not lead this program:</source>
            <translation>Не может вести эту программу:</translation>
        </message>
        <message>
            <source>May lead, with a warning the curator may override:</source>
            <translation>Может вести, но с предупреждением (куратор может разрешить):</translation>
        </message>
        <message>
            <source>May co-mediate beside an adult mediator, in situations between peers.</source>
            <translation>Может быть ко-медиатором рядом со взрослым медиатором в ситуациях между сверстниками.</translation>
        </message>
        <message>
            <source>May lead: module {modules} completed.</source>
            <translation>Может вести: модуль {modules} пройден.</translation>
        </message>
        <message>
            <source>May lead: no particular module is required.</source>
            <translation>Может вести: особый модуль не требуется.</translation>
        </message>
        <message>
            <source>Whose: {name}</source>
            <translation>Медиатор: {name}</translation>
        </message>
        <message>
            <source>Training: {training}</source>
            <translation>Обучение: {training}</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Дата: {date}</translation>
        </message>
        <message>
            <source>Length: {hours} h</source>
            <translation>Продолжительность: {hours} ч</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Примечание: {note}</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Years served</source>
            <translation>Годы работы</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>has a password</source>
            <translation>есть пароль</translation>
        </message>
    </context>
    <context>
        <name>ServiceExportPanel</name>
        <message>
            <source>Choose the year and press «Show what will be sent»: you will see every number that goes into the file before it is written.</source>
            <translation>Выберите год и нажмите «Показать, что будет отправлено»: до записи файла вы увидите каждое число, которое в него попадёт.</translation>
        </message>
        <message>
            <source>The file is signed on behalf of the service, so the curator exports it. The regional summary (the next tab) is open to everyone.</source>
            <translation>Файл подписывается от имени службы, поэтому его выгружает куратор. Региональный свод (следующая вкладка) доступен всем.</translation>
        </message>
        <message>
            <source>Open the service's file to export its statistics. The regional summary (the next tab) works without it.</source>
            <translation>Откройте файл службы, чтобы выгрузить её статистику. Региональный свод (следующая вкладка) работает и без него.</translation>
        </message>
        <message>
            <source>The records have changed: show the figures again before saving.</source>
            <translation>Записи изменились: перед сохранением покажите данные ещё раз.</translation>
        </message>
        <message>
            <source>The year was changed: show the figures again before saving.</source>
            <translation>Год изменён: перед сохранением покажите данные ещё раз.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <source>This is the whole content of the file for {year}. If it is right, save the signed file and send it to the regional centre.</source>
            <translation>Это всё содержимое файла за {year} год. Если всё верно, сохраните подписанный файл и отправьте его в региональный центр.</translation>
        </message>
        <message>
            <source>Into the file go: the name — {name}, the region — {region}, the municipality — {municipality}.</source>
            <translation>В файл попадут: название — {name}, регион — {region}, муниципалитет — {municipality}.</translation>
        </message>
        <message>
            <source>The file is signed with the service's key {fingerprint}: if the regional centre asks, read it out to them.</source>
            <translation>Файл подписывается ключом службы {fingerprint}: если региональный центр спросит, продиктуйте его.</translation>
        </message>
        <message>
            <source>Save the signed statistics file</source>
            <translation>Сохранить подписанный файл статистики</translation>
        </message>
        <message>
            <source>Statistics files (*{suffix})</source>
            <translation>Файлы статистики (*{suffix})</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Запись…</translation>
        </message>
        <message>
            <source>Saved: {path}. Send this file to the regional centre.</source>
            <translation>Сохранено: {path}. Отправьте этот файл в региональный центр.</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Год:</translation>
        </message>
        <message>
            <source>&amp;Show what will be sent</source>
            <translation>&amp;Показать, что будет отправлено</translation>
        </message>
        <message>
            <source>Save the &amp;signed file…</source>
            <translation>&amp;Сохранить подписанный файл…</translation>
        </message>
        <message>
            <source>What is counted</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Nothing else is in the file: no names of people, no dates other than the date of the export, no descriptions of cases — only the service's name and place, the counts below and the service's digital signature.</source>
            <translation>Больше в файле ничего нет: никаких ФИО, никаких дат, кроме даты выгрузки, никаких описаний случаев — только название и место службы, числа ниже и электронная подпись службы.</translation>
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
        <message>
            <source>Data and access</source>
            <translation>Данные и доступ</translation>
        </message>
        <message>
            <source>&amp;Keep personal data after a case is closed, years:</source>
            <translation>&amp;Срок хранения персональных данных после закрытия случая, лет:</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Журнал действий…</translation>
        </message>
        <message>
            <source>Who opened, changed, exported or deleted what, and when.</source>
            <translation>Кто, когда и что открывал, изменял, выгружал или удалял.</translation>
        </message>
        <message>
            <source>The curator of the service sets the retention period.</source>
            <translation>Срок хранения устанавливает куратор службы.</translation>
        </message>
        <message>
            <source>When the period after a case's closure has passed, the names, descriptions, notes and documents of the case are removed at the next sign-in; the counts for the statistics stay, so the files of past years do not change.</source>
            <translation>Когда срок после закрытия случая истекает, при следующем входе из него удаляются ФИО, описания, заметки и документы; числа для статистики остаются, поэтому отчёты прошлых лет не меняются.</translation>
        </message>
        <message>
            <source>Closed cases and requests the next sign-in will clear: {n}.</source>
            <translation>Закрытых случаев и заявок, которые будут очищены при следующем входе: {n}.</translation>
        </message>
        <message>
            <source>The next sign-in will clear nothing.</source>
            <translation>При следующем входе ничего не будет удалено.</translation>
        </message>
        <message>
            <source>At this sign-in the personal data of closed cases and requests were removed, as their retention period had passed: {n}.</source>
            <translation>При этом входе истёк срок хранения, и удалены персональные данные закрытых случаев и заявок: {n}.</translation>
        </message>
        <message>
            <source>Deleted cases erased for good, 30 days after the deletion: {n}.</source>
            <translation>Окончательно стёрто удалённых случаев (прошло 30 дней после удаления): {n}.</translation>
        </message>
        <message>
            <source>Only the curator may turn the automatic lock off, signed in to the service.</source>
            <translation>Отключить автоматическую блокировку может только куратор, войдя в журнал службы.</translation>
        </message>
        <message>
            <source>The service is never locked by itself: anyone who sits down at this computer sees the open cases. Lock it yourself with Ctrl+L when you step away.</source>
            <translation>Журнал никогда не блокируется сам: открытые случаи видит каждый, кто сядет за этот компьютер. Отходя, блокируйте его сами: Ctrl+L.</translation>
        </message>
        <message>
            <source>For you it still locks after {n} idle minutes: only the curator works without the automatic lock.</source>
            <translation>Для вас журнал всё равно блокируется через {n} минут простоя: без автоматической блокировки работает только куратор.</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>You change your own password in File → Change password.</source>
            <translation>Свой пароль вы меняете в меню «Файл» → «Сменить пароль».</translation>
        </message>
        <message>
            <source>{name} has not signed in since the file's format was updated. Until they do, an old copy of the file with their old password still opens what is saved now: ask them to sign in once, or give them a new password.</source>
            <translation>{name}: после обновления формата файла входа ещё не было. Пока его нет, старая копия файла со старым паролем открывает и то, что сохранено теперь: попросите войти один раз или дайте новый пароль.</translation>
        </message>
        <message>
            <source>{name} signs in with a password of their own. A new one replaces it.</source>
            <translation>{name} входит со своим паролем. Новый пароль заменит прежний.</translation>
        </message>
        <message>
            <source>{name} cannot sign in yet.</source>
            <translation>{name} пока не может входить в программу.</translation>
        </message>
        <message>
            <source>&amp;Give a password…</source>
            <translation>Выдать &amp;пароль…</translation>
        </message>
        <message>
            <source>Take a&amp;way access</source>
            <translation>Отозвать дос&amp;туп</translation>
        </message>
        <message>
            <source>Take away access</source>
            <translation>Отозвать доступ</translation>
        </message>
        <message>
            <source>Take away the access of {name}? Their password stops opening the service's file at once. The person stays in the roster and in their cases.</source>
            <translation>Отозвать доступ? {name} больше не сможет войти: пароль сразу перестанет открывать файл службы. Человек останется в составе службы и в своих случаях.</translation>
        </message>
        <message>
            <source>Access is not taken away</source>
            <translation>Доступ не отозван</translation>
        </message>
    </context>
    <context>
        <name>SignoffPanel</name>
        <message>
            <source>agreement</source>
            <translation>договор</translation>
        </message>
        <message>
            <source>closing the case</source>
            <translation>закрытие случая</translation>
        </message>
        <message>
            <source>Case No. {number}: {situation}</source>
            <translation>Случай № {number}: {situation}</translation>
        </message>
        <message>
            <source>What is approved: {what}</source>
            <translation>Что утверждается: {what}</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>идёт</translation>
        </message>
        <message>
            <source>Program: {program} — {outcome}{ended}</source>
            <translation>Программа: {program} — {outcome}{ended}</translation>
        </message>
        <message>
            <source>Program: none recorded</source>
            <translation>Программа: не записана</translation>
        </message>
        <message>
            <source>Closed on: {date}</source>
            <translation>Дата закрытия: {date}</translation>
        </message>
        <message>
            <source>Sent by {who} on {date}</source>
            <translation>Кто отправил: {who}, {date}</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Утверждение</translation>
        </message>
        <message>
            <source>Sign off {what} of case No. {number}?</source>
            <translation>Утвердить: {what}, случай № {number}?</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Утвердить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Waiting for the curator's sign-off: {count}</source>
            <translation>Ждут подписи куратора: {count}</translation>
        </message>
        <message>
            <source>Signed off: {what}, case No. {number}.</source>
            <translation>Утверждено: {what}, случай № {number}.</translation>
        </message>
        <message>
            <source>Returned for rework: {what}, case No. {number}.</source>
            <translation>Возвращено на доработку: {what}, случай № {number}.</translation>
        </message>
        <message>
            <source>Case No.</source>
            <translation>№ случая</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Who sent it</source>
            <translation>Кто отправил</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>O&amp;pen the case</source>
            <translation>От&amp;крыть случай</translation>
        </message>
        <message>
            <source>Return for re&amp;work…</source>
            <translation>&amp;Вернуть на доработку…</translation>
        </message>
    </context>
    <context>
        <name>SmallForm</name>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>StageCorrection</name>
        <message>
            <source>After the correction these recorded stages no longer meet their conditions; nothing was removed, but check them:</source>
            <translation>После исправления эти записанные этапы больше не отвечают своим условиям. Ничего не удалено, но проверьте их:</translation>
        </message>
        <message>
            <source>e.g. the date was typed wrong</source>
            <translation>например, дата была введена с ошибкой</translation>
        </message>
        <message>
            <source>&amp;Save the correction</source>
            <translation>Со&amp;хранить исправление</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Отменить испр&amp;авление</translation>
        </message>
        <message>
            <source>&amp;Held with:</source>
            <translation>С кем проведён:</translation>
        </message>
        <message>
            <source>Reason for the correc&amp;tion:</source>
            <translation>При&amp;чина исправления:</translation>
        </message>
        <message>
            <source>✎ Correcting the record of {day}: change the date, the people or the fields, then give the reason below and save the correction.</source>
            <translation>✎ Исправление записи от {day}: измените дату, участников или поля, затем ниже укажите причину и сохраните исправление.</translation>
        </message>
    </context>
    <context>
        <name>StagePage</name>
        <message>
            <source>&amp;Date:</source>
            <translation>Да&amp;та:</translation>
        </message>
        <message>
            <source>Stage {number} of {total}</source>
            <translation>Этап {number} из {total}</translation>
        </message>
        <message>
            <source>Questions you may ask:</source>
            <translation>Вопросы, которые можно задать:</translation>
        </message>
        <message>
            <source>C&amp;orrect…</source>
            <translation>&amp;Исправить…</translation>
        </message>
        <message>
            <source>S&amp;kip this stage…</source>
            <translation>&amp;Пропустить этап…</translation>
        </message>
        <message>
            <source>Plan a m&amp;eeting…</source>
            <translation>Назначить в&amp;стречу…</translation>
        </message>
        <message>
            <source>Change the poi&amp;nts…</source>
            <translation>Изм&amp;енить пункты договора…</translation>
        </message>
        <message>
            <source>This stage is held with each of these participants separately:</source>
            <translation>Этот этап проводится с каждым из этих участников отдельно:</translation>
        </message>
        <message>
            <source>&amp;Record the stage with this participant</source>
            <translation>&amp;Записать этап с этим участником</translation>
        </message>
        <message>
            <source>&amp;Record once more</source>
            <translation>&amp;Записать ещё раз</translation>
        </message>
        <message>
            <source>This stage was skipped on {date}. Reason: {reason}</source>
            <translation>Этап пропущен {date}. Причина: {reason}</translation>
        </message>
        <message>
            <source>✓ Recorded: {count}. You may record it once more.</source>
            <translation>✓ Записей: {count}. Можно записать ещё раз.</translation>
        </message>
        <message>
            <source>✓ This stage was held on {date}.</source>
            <translation>✓ Этап выполнен {date}.</translation>
        </message>
        <message>
            <source>✓ This stage is done.</source>
            <translation>✓ Этап выполнен.</translation>
        </message>
        <message>
            <source>record {number} of {date}</source>
            <translation>запись {number} от {date}</translation>
        </message>
        <message>
            <source>Planned:</source>
            <translation>Назначено:</translation>
        </message>
        <message>
            <source>First explain everything to {name} and record their consent, or their refusal.</source>
            <translation>Сначала всё разъясните участнику «{name}» и отметьте его согласие — или его отказ.</translation>
        </message>
        <message>
            <source>Not yet possible:</source>
            <translation>Пока нельзя продолжить:</translation>
        </message>
        <message>
            <source>The meeting with {name}</source>
            <translation>Встреча: {name}</translation>
        </message>
        <message>
            <source>Choose a participant in the table above.</source>
            <translation>Выберите участника в таблице выше.</translation>
        </message>
        <message>
            <source>The correction is saved.</source>
            <translation>Исправление сохранено.</translation>
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
            <source>open case|open cases</source>
            <translation>открытый случай|открытых случая|открытых случаев</translation>
        </message>
        <message>
            <source>request awaiting a decision|requests awaiting a decision</source>
            <translation>заявка ждёт решения|заявки ждут решения|заявок ждут решения</translation>
        </message>
        <message>
            <source>{requests} in {year}: accepted {accepted}, declined {declined}, transferred {transferred}</source>
            <translation>{requests} в {year} году: принято {accepted}, отклонено {declined}, передано {transferred}</translation>
        </message>
        <message>
            <source>request|requests</source>
            <translation>заявка|заявки|заявок</translation>
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
        <name>StartProgramDialog</name>
        <message>
            <source>Start a program: case No. {number}</source>
            <translation>Начать программу: случай № {number}</translation>
        </message>
        <message>
            <source>Case No. {number}: {category}</source>
            <translation>Случай № {number}: {category}</translation>
        </message>
        <message>
            <source>The curator &amp;allows this program despite the warning</source>
            <translation>Куратор &amp;разрешает вести программу, несмотря на предупреждение</translation>
        </message>
        <message>
            <source>Why, e.g. an experienced co-facilitator or supervision</source>
            <translation>Почему: например, опытный соведущий или супервизия</translation>
        </message>
        <message>
            <source>Only the curator may allow it: the program waits for the curator's permission before its first stage.</source>
            <translation>Разрешить может только куратор: до его разрешения программа не перейдёт к первому этапу.</translation>
        </message>
        <message>
            <source>the day the case was opened</source>
            <translation>дня открытия случая</translation>
        </message>
        <message>
            <source>Program &amp;type:</source>
            <translation>&amp;Вид программы:</translation>
        </message>
        <message>
            <source>&amp;Facilitators:</source>
            <translation>Ведущие (&amp;медиаторы):</translation>
        </message>
        <message>
            <source>Curator's &amp;reason:</source>
            <translation>&amp;Причина разрешения:</translation>
        </message>
        <message>
            <source>Started &amp;on:</source>
            <translation>&amp;Дата начала:</translation>
        </message>
        <message>
            <source>Who takes part</source>
            <translation>Кто участвует</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Represents (for a parent or legal representative)</source>
            <translation>Чьи интересы представляет (для родителя или законного представителя)</translation>
        </message>
        <message>
            <source>, minor)</source>
            <translation>, несовершеннолетний)</translation>
        </message>
        <message>
            <source>— nobody in this program —</source>
            <translation>— никого из участников программы —</translation>
        </message>
        <message>
            <source>&amp;Start the program</source>
            <translation>&amp;Начать программу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>trained for it</source>
            <translation>обучение пройдено</translation>
        </message>
    </context>
    <context>
        <name>StatisticsArea</name>
        <message>
            <source>Service &amp;report</source>
            <translation>&amp;Отчёт службы</translation>
        </message>
        <message>
            <source>Regional &amp;summary</source>
            <translation>&amp;Региональный свод</translation>
        </message>
    </context>
    <context>
        <name>StatisticsJobs</name>
        <message>
            <source>The file {path} cannot be written or read: {reason}</source>
            <translation>Не удалось записать или прочитать файл {path}: {reason}</translation>
        </message>
        <message>
            <source>The file cannot be written or read: {reason}</source>
            <translation>Не удалось записать или прочитать файл: {reason}</translation>
        </message>
        <message>
            <source>Something went wrong ({error}). Nothing was written.</source>
            <translation>Что-то пошло не так ({error}). Ничего не записано.</translation>
        </message>
    </context>
    <context>
        <name>SubmissionsPage</name>
        <message>
            <source>Add up the services' files first («Add up» in the regional summary): then this shows who has sent a valid file for the year and who has not.</source>
            <translation>Сначала сведите файлы служб (кнопка «Свести» в региональном своде): тогда здесь будет видно, кто прислал действительный файл за год, а кто нет.</translation>
        </message>
        <message>
            <source>Year {year}: {sent} of {registered} registered services sent a valid file, {missing} have not.</source>
            <translation>За {year} год: действительный файл прислали — {sent}, не прислали — {missing}; служб в реестре — {registered}.</translation>
        </message>
        <message>
            <source>a valid file is counted</source>
            <translation>действительный файл учтён</translation>
        </message>
        <message>
            <source>no valid file</source>
            <translation>нет действительного файла</translation>
        </message>
        <message>
            <source>Files rejected in this summary: {count}</source>
            <translation>Файлов, отклонённых в этом своде: {count}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>no-file-{year}</source>
            <translation>не-прислали-{year}</translation>
        </message>
        <message>
            <source>Save the list of services with no file</source>
            <translation>Сохранить список служб, не приславших файл</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Запись…</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Служба</translation>
        </message>
        <message>
            <source>File for the year</source>
            <translation>Файл за год</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Services with no file: save as &amp;XLSX…</source>
            <translation>Не приславшие файл: сохранить в &amp;XLSX…</translation>
        </message>
        <message>
            <source>Services with no file: save as &amp;PDF…</source>
            <translation>Не приславшие файл: сохранить в &amp;PDF…</translation>
        </message>
    </context>
    <context>
        <name>SupervisionCheck</name>
        <message>
            <source>Check the description for supervision</source>
            <translation>Проверьте описание для супервизии</translation>
        </message>
        <message>
            <source>This is how the case's texts will leave it. Marked: what was replaced. Read it through: if a word still tells who or where, select it and press «Hide the selected», or type it below.</source>
            <translation>Так тексты случая выйдут из него. Выделено то, что заменено. Прочитайте: если слово всё ещё говорит, кто это или где, выделите его и нажмите «Скрыть выделенное» или впишите его ниже.</translation>
        </message>
        <message>
            <source>&amp;Hide the selected</source>
            <translation>&amp;Скрыть выделенное</translation>
        </message>
        <message>
            <source>Also hide:</source>
            <translation>Скрыть ещё:</translation>
        </message>
        <message>
            <source>words, separated by commas</source>
            <translation>слова через запятую</translation>
        </message>
        <message>
            <source>H&amp;ide</source>
            <translation>С&amp;крыть</translation>
        </message>
        <message>
            <source>&amp;Make the document</source>
            <translation>&amp;Сформировать документ</translation>
        </message>
        <message>
            <source>You chose to hide: {words}.</source>
            <translation>Вы решили скрыть: {words}.</translation>
        </message>
    </context>
    <context>
        <name>TakeBackDialog</name>
        <message>
            <source>Take the session back</source>
            <translation>Возврат сеанса</translation>
        </message>
        <message>
            <source>Only the adult who handed the session over takes it back: {name}.</source>
            <translation>Вернуть сеанс может только взрослый, который его передал: {name}.</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Ваш пароль</translation>
        </message>
        <message>
            <source>&amp;Take back</source>
            <translation>&amp;Вернуть</translation>
        </message>
        <message>
            <source>This password does not fit. Try again.</source>
            <translation>Пароль не подходит. Попробуйте ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Training record</source>
            <translation>Запись об обучении</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation>&amp;Модуль:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Часы:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>&amp;Примечание:</translation>
        </message>
        <message>
            <source>topic, who held it, certificate number</source>
            <translation>тема, кто проводил, номер удостоверения</translation>
        </message>
        <message>
            <source>Training of {name}</source>
            <translation>Обучение: {name}</translation>
        </message>
        <message>
            <source>choose the module</source>
            <translation>выберите модуль</translation>
        </message>
        <message>
            <source>Add training</source>
            <translation>Запись об обучении</translation>
        </message>
        <message>
            <source>Edit the training record</source>
            <translation>Изменение записи об обучении</translation>
        </message>
    </context>
    <context>
        <name>TrainingModel</name>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>&amp;Undo</source>
            <translation>Отм&amp;енить</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Скрыть сообщение</translation>
        </message>
        <message>
            <source>Case No. {number} is deleted.</source>
            <translation>Случай № {number} удалён.</translation>
        </message>
        <message>
            <source>Case No. {number} is deleted. The curator can restore it within {days}.</source>
            <translation>Случай № {number} удалён. Куратор может восстановить его в течение {days}.</translation>
        </message>
        <message>
            <source>day|days</source>
            <translation>дня|дней|дней</translation>
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
        <message>
            <source>This password opens the file but belongs to nobody in the roster. Ask the curator for a password of your own.</source>
            <translation>Этот пароль открывает файл, но не принадлежит никому из состава службы. Попросите у куратора собственный пароль.</translation>
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
        <message>
            <source>Look around in a &amp;practice vault</source>
            <translation>Посмотреть на &amp;учебном примере</translation>
        </message>
        <message>
            <source>The practice vault holds invented cases (generated names, no real people) for learning the program and for seminars. Its password is «{password}».</source>
            <translation>Учебное хранилище содержит выдуманные случаи (имена сгенерированы, реальных людей нет) — для знакомства с программой и для семинаров. Его пароль: «{password}».</translation>
        </message>
        <message>
            <source>Preparing the practice vault…</source>
            <translation>Готовим учебное хранилище…</translation>
        </message>
    </context>
    <context>
        <name>YearsPage</name>
        <message>
            <source>At most {count} years side by side.</source>
            <translation>Можно сопоставить не больше {count} лет.</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Change {first}–{last}</source>
            <translation>Изменение {first}–{last}</translation>
        </message>
        <message>
            <source>Change, %</source>
            <translation>Изменение, %</translation>
        </message>
        <message>
            <source>{year}: {count} files</source>
            <translation>{year}: файлов — {count}</translation>
        </message>
        <message>
            <source>Files counted: {files}.</source>
            <translation>Учтено файлов: {files}.</translation>
        </message>
        <message>
            <source>&amp;Years from</source>
            <translation>&amp;Годы с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>&amp;Compare the years</source>
            <translation>&amp;Сравнить годы</translation>
        </message>
        <message>
            <source>Adds up the same files once for each year and puts the tables side by side.</source>
            <translation>Сводит те же файлы отдельно за каждый год и ставит таблицы рядом.</translation>
        </message>
        <message>
            <source>Table 1: all school services</source>
            <translation>Таблица 1: все школьные службы</translation>
        </message>
        <message>
            <source>Table 1: acting school services</source>
            <translation>Таблица 1: действующие школьные службы</translation>
        </message>
        <message>
            <source>Table 2: territorial services</source>
            <translation>Таблица 2: территориальные службы</translation>
        </message>
        <message>
            <source>Choose the years and press «Compare the years»: the files chosen above are added up for each of them.</source>
            <translation>Выберите годы и нажмите «Сравнить годы»: выбранные выше файлы будут сведены за каждый из них.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>show program's version number and exit</source>
            <translation>показать версию программы и выйти</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>использование: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>аргументы</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: ошибка: %(message)s
</translation>
        </message>
        <message>
            <source>%(prog)s: warning: %(message)s
</source>
            <translation>%(prog)s: предупреждение: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>неизвестные аргументы: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>не указаны обязательные аргументы: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>нужно указать один из аргументов: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>недопустимое значение %(value)r (допустимые: %(choices)s)</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
            <translation>недопустимое значение %(value)r — может быть, %(closest)r? (допустимые: %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>недопустимое значение %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>нужно одно значение</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>нужно не больше одного значения</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>нужно хотя бы одно значение</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначный параметр %(option)s: подходят %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>нельзя указывать вместе с аргументом %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>лишнее значение %r</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>неизвестная команда %(parser_name)r (допустимые: %(choices)s)</translation>
        </message>
        <message>
            <source>expected %s argument|expected %s arguments</source>
            <translation>нужно %s значение|нужно %s значения|нужно %s значений</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>signed in</source>
            <translation>вход в программу</translation>
        </message>
        <message>
            <source>accepted the confidentiality pledge</source>
            <translation>принятие обязательства о конфиденциальности</translation>
        </message>
        <message>
            <source>opened the case</source>
            <translation>просмотр случая</translation>
        </message>
        <message>
            <source>changed the case</source>
            <translation>изменение случая</translation>
        </message>
        <message>
            <source>closed the case</source>
            <translation>закрытие случая</translation>
        </message>
        <message>
            <source>reopened the case</source>
            <translation>повторное открытие случая</translation>
        </message>
        <message>
            <source>assigned a mediator</source>
            <translation>назначение медиатора</translation>
        </message>
        <message>
            <source>sent for the curator's sign-off</source>
            <translation>отправка на утверждение куратору</translation>
        </message>
        <message>
            <source>signed off</source>
            <translation>утверждение</translation>
        </message>
        <message>
            <source>returned for rework</source>
            <translation>возврат на доработку</translation>
        </message>
        <message>
            <source>deleted the case</source>
            <translation>удаление случая</translation>
        </message>
        <message>
            <source>restored the deleted case</source>
            <translation>восстановление удалённого случая</translation>
        </message>
        <message>
            <source>purged the deleted case</source>
            <translation>окончательное удаление случая</translation>
        </message>
        <message>
            <source>removed personal data (retention period)</source>
            <translation>удаление персональных данных (истёк срок хранения)</translation>
        </message>
        <message>
            <source>changed the request</source>
            <translation>изменение заявки</translation>
        </message>
        <message>
            <source>registered the request</source>
            <translation>регистрация заявки</translation>
        </message>
        <message>
            <source>decided on the request</source>
            <translation>решение по заявке</translation>
        </message>
        <message>
            <source>exported the statistics</source>
            <translation>выгрузка статистики</translation>
        </message>
        <message>
            <source>made a document</source>
            <translation>добавление документа</translation>
        </message>
        <message>
            <source>changed the roster</source>
            <translation>изменение состава службы</translation>
        </message>
        <message>
            <source>corrected a training record</source>
            <translation>исправление записи об обучении</translation>
        </message>
        <message>
            <source>deleted a training record</source>
            <translation>удаление записи об обучении</translation>
        </message>
        <message>
            <source>gave a user a password</source>
            <translation>выдача пароля пользователю</translation>
        </message>
        <message>
            <source>took a user's access away</source>
            <translation>отзыв доступа пользователя</translation>
        </message>
        <message>
            <source>changed the settings</source>
            <translation>изменение настроек</translation>
        </message>
        <message>
            <source>overrode a warning</source>
            <translation>решение вопреки предупреждению</translation>
        </message>
        <message>
            <source>started a program</source>
            <translation>начало программы</translation>
        </message>
        <message>
            <source>recorded a step of a program</source>
            <translation>шаг программы</translation>
        </message>
        <message>
            <source>planned a meeting</source>
            <translation>назначение встречи</translation>
        </message>
        <message>
            <source>corrected a recorded stage of a program</source>
            <translation>исправление записанного этапа программы</translation>
        </message>
        <message>
            <source>corrected the items of an agreement</source>
            <translation>исправление пунктов договорённости</translation>
        </message>
        <message>
            <source>changed the participants of the case</source>
            <translation>изменение участников случая</translation>
        </message>
        <message>
            <source>corrected the description or category</source>
            <translation>исправление описания или категории</translation>
        </message>
        <message>
            <source>took a mediator off the case</source>
            <translation>снятие медиатора со случая</translation>
        </message>
        <message>
            <source>brought in a journal</source>
            <translation>перенос записей из журнала</translation>
        </message>
        <message>
            <source>undid a journal import</source>
            <translation>отмена переноса записей из журнала</translation>
        </message>
        <message>
            <source>took a young mediator's own password away (students hold no key)</source>
            <translation>отмена собственного пароля ученика-медиатора (у учеников нет ключа)</translation>
        </message>
        <message>
            <source>began signing the trail</source>
            <translation>начало подписи журнала</translation>
        </message>
        <message>
            <source>handed the session over to a young mediator</source>
            <translation>передача сеанса ученику-медиатору</translation>
        </message>
        <message>
            <source>took the session back</source>
            <translation>возврат сеанса взрослому</translation>
        </message>
        <message>
            <source>The record of when signing began is missing: the trail was rewritten.</source>
            <translation>Нет отметки о начале подписи записей: журнал переписан.</translation>
        </message>
        <message>
            <source>The entries before signing began were changed or removed.</source>
            <translation>Записи до начала подписи изменены или удалены.</translation>
        </message>
        <message>
            <source>Entry no. {seq} is not signed.</source>
            <translation>Запись № {seq} не подписана.</translation>
        </message>
        <message>
            <source>Entry no. {seq} was changed or made up.</source>
            <translation>Запись № {seq} изменена или подделана.</translation>
        </message>
        <message>
            <source>Entry no. {seq} names another user than the one who made it.</source>
            <translation>Запись № {seq} приписана не тому пользователю, который её сделал.</translation>
        </message>
        <message>
            <source>This computer saw the trail up to entry no. {seq}; it is no longer there as it was: entries were removed or the file was replaced with an older copy.</source>
            <translation>На этом компьютере журнал уже доходил до записи № {seq}, а теперь её нет или она другая: записи удалены или файл заменён более старой копией.</translation>
        </message>
        <message>
            <source>Entries before no. {seq} are missing.</source>
            <translation>Записи перед № {seq} отсутствуют.</translation>
        </message>
        <message>
            <source>Entry no. {seq} was changed or removed.</source>
            <translation>Запись № {seq} изменена или удалена.</translation>
        </message>
        <message>
            <source>The newest entries of the trail were removed.</source>
            <translation>Последние записи журнала удалены.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Workplace of a reconciliation service. Without a command, opens the window.</source>
            <translation>Рабочее место службы примирения. Без команды открывает окно программы.</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>КОМАНДА</translation>
        </message>
        <message>
            <source>open the application window</source>
            <translation>открыть окно программы</translation>
        </message>
        <message>
            <source>show the window, print which screen it shows and whether the program's core loads, then quit (to check an installation)</source>
            <translation>показать окно, вывести, какой экран в нём открыт и загружается ли ядро программы, и выйти (для проверки установки)</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>ФАЙЛ</translation>
        </message>
        <message>
            <source>the service file whose unlock screen to show</source>
            <translation>файл службы, для которого показать экран входа</translation>
        </message>
        <message>
            <source>Interrupted.</source>
            <translation>Прервано.</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Пароль: </translation>
        </message>
        <message>
            <source>VAULT</source>
            <translation>ФАЙЛ_СЛУЖБЫ</translation>
        </message>
        <message>
            <source>YEAR</source>
            <translation>ГОД</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>ПУТЬ</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>КУДА</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>ЧИСЛО</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ДЕЙСТВИЕ</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ИД_СЛУЖБЫ</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <translation>ФАЙЛ.csv</translation>
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
        <name>corrections</name>
        <message>
            <source>minor</source>
            <translation>несовершеннолетний</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>взрослый</translation>
        </message>
        <message>
            <source>age {age}</source>
            <translation>возраст {age}</translation>
        </message>
        <message>
            <source>{name} — {details}</source>
            <translation>{name} — {details}</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Дата поступления</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Referring organisation</source>
            <translation>Направившая организация</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>in the program «{titles}»</source>
            <translation>в программе «{titles}»</translation>
        </message>
        <message>
            <source>in the programs «{titles}»</source>
            <translation>в программах «{titles}»</translation>
        </message>
        <message>
            <source>A school service should transfer such a case to a territorial one: {reasons}. Only the curator may keep it in the service.</source>
            <translation>Школьной службе следует передать такой случай в территориальную службу: {reasons}. Оставить его в службе может только куратор.</translation>
        </message>
        <message>
            <source>A school service should transfer such a case to a territorial one: {reasons}. The curator may keep it in the service: confirm it and write the reason.</source>
            <translation>Школьной службе следует передать такой случай в территориальную службу: {reasons}. Куратор может оставить его в службе: подтвердите это и напишите причину.</translation>
        </message>
        <message>
            <source>The curator kept the case in the service despite the warning ({warning}): {reason}</source>
            <translation>Куратор оставил случай в службе, несмотря на предупреждение ({warning}): {reason}</translation>
        </message>
        <message>
            <source>{name} takes part {where}, and it is recorded: the person cannot be removed from the case.</source>
            <translation>{name} участвует {where}, и это участие записано: удалить человека из случая нельзя.</translation>
        </message>
        <message>
            <source>{name} takes part {where}: the program has counted their role and whether they are a minor, so these cannot change. The name, class and age can be corrected.</source>
            <translation>{name} участвует {where}: программа уже учла роль участника и то, несовершеннолетний он или взрослый, поэтому их изменить нельзя. Имя, класс и возраст исправить можно.</translation>
        </message>
        <message>
            <source>The request cannot have come in after {day}: the case already has a record on that day.</source>
            <translation>Заявка не могла поступить позже {day}: в этот день по случаю уже есть запись.</translation>
        </message>
        <message>
            <source>Mediator</source>
            <translation>Медиатор</translation>
        </message>
        <message>
            <source>{name} is the only facilitator of the program «{program}», which is still under way. Finish the program or hand it over in its guide first.</source>
            <translation>{name} — единственный ведущий программы «{program}», которая ещё идёт. Сначала завершите программу или передайте её другому ведущему в мастере программы.</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>Pick the date on a calendar</source>
            <translation>Выбрать дату в календаре</translation>
        </message>
        <message>
            <source>There is no such date: {text}.</source>
            <translation>Такой даты нет: {text}.</translation>
        </message>
        <message>
            <source>Type the whole date: {pattern}.</source>
            <translation>Введите дату полностью: {pattern}.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>Дата не может быть в будущем.</translation>
        </message>
        <message>
            <source>The date cannot be later than {date}.</source>
            <translation>Дата не может быть позже {date}.</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {date} ({means}).</source>
            <translation>Дата не может быть раньше {date} ({means}).</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {date}.</source>
            <translation>Дата не может быть раньше {date}.</translation>
        </message>
        <message>
            <source>D</source>
            <translation>Д</translation>
        </message>
        <message>
            <source>M</source>
            <translation>М</translation>
        </message>
        <message>
            <source>Y</source>
            <translation>Г</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Registration card of the request</source>
            <translation>Регистрационная карточка заявки</translation>
        </message>
        <message>
            <source>Informed consent of the participants</source>
            <translation>Информированное согласие участников</translation>
        </message>
        <message>
            <source>Informed consent of legal representatives</source>
            <translation>Информированное согласие законных представителей</translation>
        </message>
        <message>
            <source>Written result of the program</source>
            <translation>Письменный итог программы</translation>
        </message>
        <message>
            <source>Report to the referring body (results only)</source>
            <translation>Информация направившей организации (только результаты)</translation>
        </message>
        <message>
            <source>Case description for supervision (names replaced)</source>
            <translation>Описание случая для супервизии (имена заменены)</translation>
        </message>
        <message>
            <source>Recovery key sheet</source>
            <translation>Лист ключа восстановления</translation>
        </message>
        <message>
            <source>Annual report of the service</source>
            <translation>Годовой отчёт службы</translation>
        </message>
        <message>
            <source>«{kind}» is not a document of a case.</source>
            <translation>«{kind}» — не документ случая.</translation>
        </message>
        <message>
            <source>Nobody referred this case, so there is nobody to report its results to.</source>
            <translation>Случай никто не направлял, поэтому сообщать о его результатах некому.</translation>
        </message>
        <message>
            <source>This file has no service yet.</source>
            <translation>В этом файле ещё нет службы.</translation>
        </message>
        <message>
            <source>The program is not part of this case.</source>
            <translation>Эта программа не относится к этому случаю.</translation>
        </message>
        <message>
            <source>The exported file leaves the protection of the service file: anyone who gets it can read it, unless you set a password. Keep it only as long as it is needed.</source>
            <translation>Сохранённый файл выходит из-под защиты файла службы: любой, к кому он попадёт, сможет его прочитать, если не задать пароль. Храните его не дольше, чем нужно.</translation>
        </message>
        <message>
            <source>This document has no file attached in the service file.</source>
            <translation>К этому документу в файле службы не приложен файл.</translation>
        </message>
        <message>
            <source>Unknown document kind «{kind}».</source>
            <translation>Неизвестный вид документа «{kind}».</translation>
        </message>
        <message>
            <source>Add a program to the case first: consent is given to a program.</source>
            <translation>Сначала добавьте программу в случай: согласие даётся на участие в программе.</translation>
        </message>
        <message>
            <source>The case has nobody who would sign this consent.</source>
            <translation>В случае нет участников, которые подписывают это согласие.</translation>
        </message>
        <message>
            <source>The program has no written result yet: it is made at the stage of the agreement, the plan or the decision.</source>
            <translation>У программы ещё нет письменного итога: он составляется на этапе договора, плана или решения.</translation>
        </message>
        <message>
            <source>Reconciliation service</source>
            <translation>Служба примирения</translation>
        </message>
        <message>
            <source>{file}, section [{section}]: {problem}</source>
            <translation>{file}, раздел [{section}]: {problem}</translation>
        </message>
        <message>
            <source>this must be a table of texts.</source>
            <translation>здесь должна быть таблица текстов.</translation>
        </message>
        <message>
            <source>missing texts: {keys}.</source>
            <translation>не хватает текстов: {keys}.</translation>
        </message>
        <message>
            <source>unknown texts: {keys}.</source>
            <translation>неизвестные тексты: {keys}.</translation>
        </message>
        <message>
            <source>«{key}» must hold text.</source>
            <translation>«{key}» должен содержать текст.</translation>
        </message>
        <message>
            <source>«{key}» uses unknown placeholders {names}; allowed: {allowed}.</source>
            <translation>В «{key}» неизвестные подстановки {names}; допустимы: {allowed}.</translation>
        </message>
        <message>
            <source>«{key}» must list 12 months.</source>
            <translation>В «{key}» должно быть 12 месяцев.</translation>
        </message>
        <message>
            <source>{file}: cannot be read: {reason}</source>
            <translation>{file}: не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <source>{file}: version must be {version}.</source>
            <translation>{file}: версия должна быть {version}.</translation>
        </message>
        <message>
            <source>{file}: unknown section [{section}].</source>
            <translation>{file}: неизвестный раздел [{section}].</translation>
        </message>
        <message>
            <source>{file}: section [{section}] appears twice.</source>
            <translation>{file}: раздел [{section}] встречается дважды.</translation>
        </message>
        <message>
            <source>Document texts are missing: {sections}.</source>
            <translation>Не хватает текстов документов: {sections}.</translation>
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
        <name>install</name>
        <message>
            <source>{folder} is not a bundled rsdesk folder.</source>
            <translation>{folder} — не папка собранной программы rsdesk.</translation>
        </message>
        <message>
            <source>{folder} already exists and holds something else; nothing was changed.</source>
            <translation>Папка {folder} уже есть, и в ней что-то другое; ничего не изменено.</translation>
        </message>
        <message>
            <source>On Windows, install rsdesk with its installer.</source>
            <translation>В Windows rsdesk устанавливается своим установщиком.</translation>
        </message>
        <message>
            <source>Removed: {what}.</source>
            <translation>Удалено: {what}.</translation>
        </message>
        <message>
            <source>rsdesk is not installed for this user.</source>
            <translation>rsdesk не установлен для этого пользователя.</translation>
        </message>
        <message>
            <source>Only the bundled program (the rsdesk folder from the USB stick) installs this way; from the sources, use pip.</source>
            <translation>Так устанавливается только собранная программа (папка rsdesk с флешки); из исходного кода устанавливайте через pip.</translation>
        </message>
        <message>
            <source>rsdesk is installed for this user in {folder} and appears in the applications menu (Office). The service's files were not copied.</source>
            <translation>rsdesk установлен для этого пользователя в {folder} и появился в меню приложений (раздел «Офис»). Файлы службы не копировались.</translation>
        </message>
        <message>
            <source>Installing failed: {reason}. What was installed before is unchanged.</source>
            <translation>Установить не удалось: {reason}. То, что было установлено раньше, не изменилось.</translation>
        </message>
        <message>
            <source>install this bundled rsdesk for the current user (Linux, no root)</source>
            <translation>установить эту собранную программу для текущего пользователя (Linux, без прав администратора)</translation>
        </message>
        <message>
            <source>remove the program, its menu entry and icon; the service's files are kept</source>
            <translation>удалить программу, её пункт меню и значок; файлы службы сохраняются</translation>
        </message>
    </context>
    <context>
        <name>journal</name>
        <message>
            <source>A program is held only on an accepted request, and this one was declined or transferred.</source>
            <translation>Программа проводится только по принятой заявке, а эта заявка отклонена или передана.</translation>
        </message>
        <message>
            <source>A school service does not take this situation: {reason}. Write that the request was transferred, or correct the category.</source>
            <translation>Школьная служба не берёт такую ситуацию: {reason}. Укажите, что заявка передана, или исправьте категорию.</translation>
        </message>
        <message>
            <source>Row {line}: {reason}; the case is kept as the journal records it.</source>
            <translation>Строка {line}: {reason}; случай сохраняется так, как записан в журнале.</translation>
        </message>
        <message>
            <source>«{name}» may be any of {members}: write the full name.</source>
            <translation>«{name}» может быть любым из списка: {members}. Напишите полное ФИО.</translation>
        </message>
        <message>
            <source>The program cannot end before the request came ({day}).</source>
            <translation>Программа не может закончиться раньше, чем поступила заявка ({day}).</translation>
        </message>
        <message>
            <source>This import was already undone on {day}.</source>
            <translation>Этот перенос уже отменён {day}.</translation>
        </message>
        <message>
            <source>An import can be undone for {days} days; this one could be undone until {day} and is now final.</source>
            <translation>Перенос можно отменить в течение {days} дней; этот можно было отменить до {day}, теперь он окончательный.</translation>
        </message>
        <message>
            <source>The file: {reason}</source>
            <translation>Файл: {reason}</translation>
        </message>
        <message>
            <source>Row {line}, «{column}»: {reason}</source>
            <translation>Строка {line}, «{column}»: {reason}</translation>
        </message>
        <message>
            <source>The file holds no rows to bring in.</source>
            <translation>В файле нет строк для переноса.</translation>
        </message>
        <message>
            <source>This file was already brought in on {day}: there are no new rows in it.</source>
            <translation>Этот файл уже перенесён {day}: в нём нет новых строк.</translation>
        </message>
        <message>
            <source>Every row of this file was already brought in: there are no new rows in it.</source>
            <translation>Все строки этого файла уже перенесены: в нём нет новых строк.</translation>
        </message>
        <message>
            <source>day the request came</source>
            <translation>дата обращения</translation>
        </message>
        <message>
            <source>who made the request</source>
            <translation>кто обратился</translation>
        </message>
        <message>
            <source>category of the situation</source>
            <translation>категория ситуации</translation>
        </message>
        <message>
            <source>description</source>
            <translation>описание</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>участники</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>решение</translation>
        </message>
        <message>
            <source>program</source>
            <translation>программа</translation>
        </message>
        <message>
            <source>facilitators</source>
            <translation>ведущие</translation>
        </message>
        <message>
            <source>day the program ended</source>
            <translation>дата окончания программы</translation>
        </message>
        <message>
            <source>outcome of the program</source>
            <translation>итог программы</translation>
        </message>
        <message>
            <source>The case was taken from the journal: it cannot be changed. If the import holds a mistake, undo the whole import and bring the corrected file in again.</source>
            <translation>Случай перенесён из журнала, его нельзя изменить. Если при переносе допущена ошибка, отмените весь перенос и перенесите исправленный файл заново.</translation>
        </message>
        <message>
            <source>«{value}» is not a date: write it as DD.MM.YYYY.</source>
            <translation>«{value}» — не дата: запишите её как ДД.ММ.ГГГГ.</translation>
        </message>
        <message>
            <source>There is no such day: «{value}».</source>
            <translation>Такого дня нет: «{value}».</translation>
        </message>
        <message>
            <source>The date «{value}» is in the future.</source>
            <translation>Дата «{value}» ещё не наступила.</translation>
        </message>
        <message>
            <source>The date «{value}» is before 2000: check the year.</source>
            <translation>Дата «{value}» раньше 2000 года: проверьте год.</translation>
        </message>
        <message>
            <source>«{value}» is not an allowed value here: use one of the labels of the template.</source>
            <translation>«{value}» — недопустимое значение: выберите одно из значений шаблона (лист «Списки»).</translation>
        </message>
        <message>
            <source>Participant {number} («{text}»): {reason}</source>
            <translation>Участник {number} («{text}»): {reason}</translation>
        </message>
        <message>
            <source>write the place and the age group in brackets after the name: Full Name (place, н/л or взр[, class]).</source>
            <translation>укажите в скобках после имени место и возраст: ФИО (место, н/л или взр[, класс]).</translation>
        </message>
        <message>
            <source>the name before the brackets is missing.</source>
            <translation>перед скобками нет имени.</translation>
        </message>
        <message>
            <source>the brackets must hold the place, the age group and, if any, the class, separated by commas.</source>
            <translation>в скобках через запятую должны быть место, возраст и, если нужно, класс.</translation>
        </message>
        <message>
            <source>«{value}» is not a participant's place.</source>
            <translation>«{value}» — не место участника (см. лист «Списки»).</translation>
        </message>
        <message>
            <source>«{value}» is not an age group: write н/л or взр.</source>
            <translation>«{value}» — не возраст: напишите н/л или взр.</translation>
        </message>
        <message>
            <source>Separate the facilitators with «;», not with commas.</source>
            <translation>Разделяйте ведущих точкой с запятой «;», а не запятой.</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: a journal is far smaller.</source>
            <translation>Файл больше {limit} МБ: журнал обращений гораздо меньше.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Файл пуст.</translation>
        </message>
        <message>
            <source>This is an old Excel file (XLS): save it as XLSX or as CSV UTF-8 and try again.</source>
            <translation>Это файл старого формата Excel (XLS): сохраните его как XLSX или как CSV UTF-8 и попробуйте снова.</translation>
        </message>
        <message>
            <source>The file is not a valid XLSX workbook: it is damaged.</source>
            <translation>Файл не является правильной книгой XLSX: он повреждён.</translation>
        </message>
        <message>
            <source>The file holds binary data: it is not a table.</source>
            <translation>В файле двоичные данные: это не таблица.</translation>
        </message>
        <message>
            <source>The file is not in UTF-8 encoding: save it as CSV UTF-8 and try again.</source>
            <translation>Файл не в кодировке UTF-8 — сохраните как CSV UTF-8 и попробуйте снова.</translation>
        </message>
        <message>
            <source>The CSV file is malformed: {error}.</source>
            <translation>Файл CSV испорчен: {error}.</translation>
        </message>
        <message>
            <source>The file has lost its letters (they became «?»): it was saved in an encoding without Cyrillic. Save it as CSV UTF-8 and try again.</source>
            <translation>В файле пропали буквы (вместо них «?»): он сохранён в кодировке без кириллицы. Сохраните его как CSV UTF-8 и попробуйте снова.</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows: split it into smaller files.</source>
            <translation>В файле больше {limit} строк: разделите его на несколько файлов.</translation>
        </message>
        <message>
            <source>The workbook unpacks to far more data than a journal holds: it is refused.</source>
            <translation>Книга распаковывается в гораздо больший объём данных, чем бывает в журнале: файл не принят.</translation>
        </message>
        <message>
            <source>This is an OpenDocument spreadsheet (ODS): save it as XLSX or as CSV UTF-8 and try again.</source>
            <translation>Это таблица OpenDocument (ODS): сохраните её как XLSX или как CSV UTF-8 и попробуйте снова.</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>В файле нет строки заголовков.</translation>
        </message>
        <message>
            <source>Row {line} has a cell longer than {limit} characters: it is not a journal entry.</source>
            <translation>В строке {line} ячейка длиннее {limit} знаков: это не запись журнала.</translation>
        </message>
        <message>
            <source>Row {line} is the template's example: it is skipped.</source>
            <translation>Строка {line} — пример из шаблона: она пропущена.</translation>
        </message>
        <message>
            <source>This is the template's example text: replace it or delete the row.</source>
            <translation>Это текст примера из шаблона: замените его или удалите строку.</translation>
        </message>
        <message>
            <source>«{field}» is not a field of the journal.</source>
            <translation>«{field}» — не поле журнала.</translation>
        </message>
        <message>
            <source>The file has no column «{header}».</source>
            <translation>В файле нет столбца «{header}».</translation>
        </message>
        <message>
            <source>Two columns are named «{header}»: rename one.</source>
            <translation>Два столбца называются «{header}»: переименуйте один из них.</translation>
        </message>
        <message>
            <source>The file has no column «{header}»: it is required. Name a column so, or map a column of the file to it.</source>
            <translation>В файле нет столбца «{header}»: он обязателен. Назовите так столбец или сопоставьте ему столбец файла.</translation>
        </message>
        <message>
            <source>The file has no column «{header}»: it is required where programs were held.</source>
            <translation>В файле нет столбца «{header}»: он обязателен, если проводились программы.</translation>
        </message>
        <message>
            <source>The value is required here.</source>
            <translation>Здесь нужно заполнить значение.</translation>
        </message>
        <message>
            <source>The value is required when a program is held.</source>
            <translation>Значение обязательно, если проводилась программа.</translation>
        </message>
        <message>
            <source>A declined or transferred request cannot have a program: clear the program or the decision.</source>
            <translation>По отклонённому или переданному обращению не бывает программы: очистите программу или решение.</translation>
        </message>
        <message>
            <source>Filled in, but the row has no program.</source>
            <translation>Заполнено, но программа в строке не указана.</translation>
        </message>
        <message>
            <source>The program cannot end before the request came.</source>
            <translation>Программа не может закончиться раньше, чем поступило обращение.</translation>
        </message>
        <message>
            <source>taken from the journal</source>
            <translation>перенесено из журнала</translation>
        </message>
        <message>
            <source>the journal gives no reason</source>
            <translation>в журнале причина не указана</translation>
        </message>
        <message>
            <source>the journal does not name it</source>
            <translation>в журнале не указано</translation>
        </message>
    </context>
    <context>
        <name>journal-cli</name>
        <message>
            <source>rsdesk import VAULT FILE [--map COLUMN=FIELD ...] [--dry-run]
       rsdesk import --template FILE.xlsx [--force]</source>
            <translation>rsdesk import ФАЙЛ_СЛУЖБЫ ЖУРНАЛ [--map СТОЛБЕЦ=ПОЛЕ ...] [--dry-run]
       rsdesk import --template ФАЙЛ.xlsx [--force]</translation>
        </message>
        <message>
            <source>bring in a journal kept on paper or in a spreadsheet</source>
            <translation>перенести журнал, который вели на бумаге или в таблице</translation>
        </message>
        <message>
            <source>Reads an XLSX or CSV journal in the template of the domain brief, shows what it adds and imports it whole, or nothing when a row is wrong. The password is taken from RSDESK_PASSWORD or asked. With --template, writes an empty template instead.</source>
            <translation>Читает журнал XLSX или CSV по шаблону, показывает, что он добавит, и переносит его целиком — или ничего, если в какой-то строке ошибка. Пароль берётся из RSDESK_PASSWORD или спрашивается. С --template вместо этого записывает пустой шаблон.</translation>
        </message>
        <message>
            <source>VAULT FILE</source>
            <translation>ФАЙЛ_СЛУЖБЫ ЖУРНАЛ</translation>
        </message>
        <message>
            <source>the service file, then the journal (XLSX or CSV)</source>
            <translation>файл службы, затем журнал (XLSX или CSV)</translation>
        </message>
        <message>
            <source>COLUMN=FIELD</source>
            <translation>СТОЛБЕЦ=ПОЛЕ</translation>
        </message>
        <message>
            <source>read a column of another name as a field of the template, e.g. «Кем направлено=Кто обратился» or «Кем направлено=source» (the field by its header in the template or its key); may be repeated</source>
            <translation>читать столбец с другим названием как поле шаблона, например «Кем направлено=Кто обратился» или «Кем направлено=source» (поле — по заголовку шаблона или ключу); можно указать несколько раз</translation>
        </message>
        <message>
            <source>only check the file and show what it would add</source>
            <translation>только проверить файл и показать, что он добавит</translation>
        </message>
        <message>
            <source>FILE.xlsx</source>
            <translation>ФАЙЛ.xlsx</translation>
        </message>
        <message>
            <source>write an empty template with the lists of values</source>
            <translation>записать пустой шаблон со списками значений</translation>
        </message>
        <message>
            <source>replace an existing file with the template</source>
            <translation>заменить шаблоном уже существующий файл</translation>
        </message>
        <message>
            <source>--template takes no vault and no journal.</source>
            <translation>С --template не указывают ни файл службы, ни журнал.</translation>
        </message>
        <message>
            <source>Name the service file and the journal: VAULT FILE.</source>
            <translation>Укажите файл службы и журнал: VAULT FILE.</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it.</source>
            <translation>Файл {path} уже есть; чтобы заменить его, добавьте --force.</translation>
        </message>
        <message>
            <source>The journal template is written: {path}</source>
            <translation>Шаблон журнала записан: {path}</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>Не удалось прочитать {path}: {error}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Не удалось записать {path}: {error}</translation>
        </message>
        <message>
            <source>The file has no column «{column}». Its columns: {columns}.</source>
            <translation>В файле нет столбца «{column}». Его столбцы: {columns}.</translation>
        </message>
        <message>
            <source>«{pair}»: write COLUMN=FIELD, the field being one of: {fields}.</source>
            <translation>«{pair}»: напишите СТОЛБЕЦ=ПОЛЕ, где поле — одно из: {fields}.</translation>
        </message>
        <message>
            <source>Only the curator of the service imports a journal.</source>
            <translation>Журнал переносит только куратор службы.</translation>
        </message>
        <message>
            <source>Nothing is imported: correct the file first.</source>
            <translation>Ничего не перенесено: сначала исправьте файл.</translation>
        </message>
        <message>
            <source>Checked; nothing is imported (--dry-run).</source>
            <translation>Проверено; ничего не перенесено (--dry-run).</translation>
        </message>
        <message>
            <source>Imported: {rows}. It can be undone until {day} («Файл → Перенесённые журналы…»).</source>
            <translation>Перенесено заявок: {rows}. Перенос можно отменить до {day} («Файл → Перенесённые журналы…»).</translation>
        </message>
        <message>
            <source>{file}: rows read {rows}, new {new}, brought in before {old}.</source>
            <translation>{file}: строк прочитано {rows}, новых {new}, перенесено раньше {old}.</translation>
        </message>
        <message>
            <source>Rows with errors ({count}): {rows}.</source>
            <translation>Строки с ошибками ({count}): {rows}.</translation>
        </message>
        <message>
            <source>Already brought in, skipped: rows {rows}.</source>
            <translation>Уже перенесены раньше и будут пропущены строки: {rows}.</translation>
        </message>
        <message>
            <source>{year}: requests {requests}, programs completed {programs} (with an agreement {agreements}), stopped {stopped}.</source>
            <translation>{year}: заявок {requests}, завершено программ {programs} (с договорённостью {agreements}), прекращено {stopped}.</translation>
        </message>
        <message>
            <source>Added to the roster: {names}.</source>
            <translation>Будут добавлены в список медиаторов: {names}.</translation>
        </message>
        <message>
            <source>Columns not read: {columns}.</source>
            <translation>Не читаются столбцы: {columns}.</translation>
        </message>
    </context>
    <context>
        <name>keys</name>
        <message>
            <source>Young mediators no longer sign in with a password of their own. Ask your curator or an adult mediator to sign in and hand the session over to you.</source>
            <translation>Ученики-медиаторы больше не входят со своим паролем. Попросите куратора или взрослого медиатора войти и передать сеанс вам.</translation>
        </message>
    </context>
    <context>
        <name>passwords</name>
        <message>
            <source>the digits «{word}»</source>
            <translation>цифры «{word}»</translation>
        </message>
        <message>
            <source>the word «{word}»</source>
            <translation>слово «{word}»</translation>
        </message>
        <message>
            <source>a row of the keyboard or the alphabet</source>
            <translation>ряд клавиатуры или алфавита</translation>
        </message>
        <message>
            <source>a year</source>
            <translation>год</translation>
        </message>
        <message>
            <source>Add words, digits or signs that only you know.</source>
            <translation>Добавьте слова, цифры или знаки, известные только вам.</translation>
        </message>
        <message>
            <source>Weak, not accepted: easy to guess.</source>
            <translation>Слабый, не принимается: такой легко угадать.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} и {last}</translation>
        </message>
        <message>
            <source>Weak, not accepted: it has {what}.</source>
            <translation>Слабый, не принимается: в нём {what}.</translation>
        </message>
        <message>
            <source>Too short: at least {n} characters.</source>
            <translation>Слишком короткий: не меньше {n} символов.</translation>
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
            <source>The facilitator has not mastered the module «{module}» needed to lead «{program}».</source>
            <translation>Ведущий не прошёл модуль «{module}», нужный для программы «{program}». Куратор может разрешить провести её под свою ответственность.</translation>
        </message>
        <message>
            <source>The facilitator has not mastered the module «{module}» needed for a case of the category «{category}».</source>
            <translation>Ведущий не прошёл модуль «{module}», нужный для случая категории «{category}». Куратор может разрешить провести программу под свою ответственность.</translation>
        </message>
        <message>
            <source>The stage «{title}» has no record number {number}.</source>
            <translation>У этапа «{title}» нет записи № {number}.</translation>
        </message>
        <message>
            <source>No agreement has been recorded in this program yet.</source>
            <translation>В этой программе ещё не записано ни одной договорённости.</translation>
        </message>
        <message>
            <source>The stage «{title}», which comes before it, is not finished now.</source>
            <translation>Этап «{title}», который идёт раньше, сейчас не завершён.</translation>
        </message>
        <message>
            <source>It is dated {day}, earlier than the stage «{title}» it follows ({then}).</source>
            <translation>Дата этапа — {day}, а этап «{title}», после которого он идёт, проведён {then}.</translation>
        </message>
        <message>
            <source>The date cannot be later than {day}, today.</source>
            <translation>Дата не может быть позже {day} — сегодняшнего дня.</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {day}, the day the request came in.</source>
            <translation>Дата не может быть раньше {day} — дня, когда поступила заявка.</translation>
        </message>
        <message>
            <source>Write down the reason.</source>
            <translation>Запишите причину.</translation>
        </message>
        <message>
            <source>{who} already takes part in the program.</source>
            <translation>Участник {who} уже есть в программе.</translation>
        </message>
        <message>
            <source>«{id}» is not a participant of this program.</source>
            <translation>«{id}» не участвует в этой программе.</translation>
        </message>
        <message>
            <source>Before asking {who} for consent, explain: {items}.</source>
            <translation>Прежде чем спрашивать о согласии участника {who}, объясните: {items}.</translation>
        </message>
        <message>
            <source>Consent can be asked only after {who} has heard what the restorative approach is and what legal consequences taking part may have.</source>
            <translation>О согласии можно спросить только после того, как участнику {who} рассказали о восстановительном подходе и о том, какие правовые последствия может иметь участие. Сначала отметьте это в списке.</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {day}, when the stage «{title}» was held.</source>
            <translation>Дата не может быть раньше {day} — дня, когда прошёл этап «{title}».</translation>
        </message>
        <message>
            <source>The program has no stage «{key}».</source>
            <translation>В программе нет этапа «{key}».</translation>
        </message>
        <message>
            <source>This program is no longer running: {outcome}.</source>
            <translation>Программа больше не идёт: {outcome}.</translation>
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
            <translation>Этот этап не проводится с участником {who}.</translation>
        </message>
        <message>
            <source>This stage has already been held with {who}.</source>
            <translation>Этот этап уже проведён с участником {who}.</translation>
        </message>
        <message>
            <source>Record the informed consent of {who} before finishing this stage; if they do not agree, record their refusal.</source>
            <translation>Прежде чем завершить этап, запишите осознанное согласие участника {who}; если он не согласен, запишите отказ.</translation>
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
            <source>already defined in {other}</source>
            <translation>уже описано в {other}</translation>
        </message>
        <message>
            <source>program types without a file: {missing}</source>
            <translation>виды программ без файла: {missing}</translation>
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
            <source>a stage has one date of its own: one of {known}</source>
            <translation>у этапа только одна своя дата: одно из {known}</translation>
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
            <source>a program type of its own must say what it counts as in the yearly statistics: counts_as = one of {known}</source>
            <translation>собственный вид программы должен указать, как он учитывается в годовой статистике: counts_as = один из {known}</translation>
        </message>
        <message>
            <source>a program type of the statistics file counts as itself</source>
            <translation>вид программы из файла статистики учитывается только как он сам</translation>
        </message>
        <message>
            <source>No participant with the role «{role}» is in the program, and their voluntary consent is needed.</source>
            <translation>В программе нет участника с ролью «{role}», а его добровольное согласие необходимо.</translation>
        </message>
        <message>
            <source>The consent of {who} is missing.</source>
            <translation>Нет согласия участника {who}.</translation>
        </message>
        <message>
            <source>{who} is a minor: add their parent or legal representative to the program and ask for their consent.</source>
            <translation>Участник {who} — несовершеннолетний: добавьте в программу его родителя или законного представителя и получите согласие представителя.</translation>
        </message>
        <message>
            <source>The consent of the legal representative {representative}, who stands for {who}, is missing.</source>
            <translation>Нет согласия законного представителя {representative}, который представляет участника {who}.</translation>
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
            <source>«{label}»: {planned} is earlier than «{day_label}» ({day}).</source>
            <translation>«{label}»: {planned} — раньше, чем {day} («{day_label}»).</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {day}, the day of the stage «{title}» this one follows.</source>
            <translation>Дата не может быть раньше {day} — дня этапа «{title}», после которого идёт этот.</translation>
        </message>
        <message>
            <source>This stage does not record how the agreement is kept.</source>
            <translation>На этом этапе не записывают, как выполняется договорённость.</translation>
        </message>
        <message>
            <source>{what} ({who}, by {by})</source>
            <translation>{what} ({who}, до {by})</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Item «{what}» kept</source>
            <translation>Выполнение пункта «{what}»</translation>
        </message>
        <message>
            <source>Agreement item {number}</source>
            <translation>Пункт {number}</translation>
        </message>
        <message>
            <source>what was explained before consent</source>
            <translation>разъяснения перед согласием</translation>
        </message>
        <message>
            <source>consent to take part</source>
            <translation>согласие на участие</translation>
        </message>
        <message>
            <source>stage «{title}»</source>
            <translation>этап «{title}»</translation>
        </message>
        <message>
            <source>stage «{title}» corrected</source>
            <translation>исправление этапа «{title}»</translation>
        </message>
        <message>
            <source>record of the stage «{title}» taken back</source>
            <translation>отмена записи этапа «{title}»</translation>
        </message>
        <message>
            <source>agreement items corrected</source>
            <translation>исправление пунктов договорённости</translation>
        </message>
        <message>
            <source>a participant joined the program</source>
            <translation>новый участник программы</translation>
        </message>
        <message>
            <source>stage «{title}» skipped</source>
            <translation>пропуск этапа «{title}»</translation>
        </message>
        <message>
            <source>a participant refused</source>
            <translation>отказ участника</translation>
        </message>
        <message>
            <source>stopped by the mediator</source>
            <translation>прекращение программы медиатором</translation>
        </message>
        <message>
            <source>handed over to another facilitator</source>
            <translation>передача другому ведущему</translation>
        </message>
        <message>
            <source>transferred to another service</source>
            <translation>передача в другую службу</translation>
        </message>
        <message>
            <source>exception from confidentiality</source>
            <translation>исключение из конфиденциальности</translation>
        </message>
        <message>
            <source>Check how the agreement is kept: {program}</source>
            <translation>Проверить выполнение договорённостей: {program}</translation>
        </message>
        <message>
            <source>The curator {curator} allowed the program to be led without the training it calls for. Reason: {reason}</source>
            <translation>Куратор {curator}: разрешено вести программу без нужного модуля обучения. Причина: {reason}</translation>
        </message>
    </context>
    <context>
        <name>programs</name>
        <message>
            <source>Choose who takes part.</source>
            <translation>Выберите, кто участвует.</translation>
        </message>
        <message>
            <source>Write down why the curator allows it.</source>
            <translation>Запишите, почему куратор это разрешает.</translation>
        </message>
        <message>
            <source>This program belongs to another case.</source>
            <translation>Эта программа относится к другому случаю.</translation>
        </message>
        <message>
            <source>Choose a participant of the case.</source>
            <translation>Выберите участника случая.</translation>
        </message>
        <message>
            <source>A parent or legal representative stands for a minor who takes part in the program.</source>
            <translation>Законный представитель может представлять только несовершеннолетнего, который участвует в программе.</translation>
        </message>
        <message>
            <source>Choose at least one adult facilitator: young mediators work only together with an adult.</source>
            <translation>Выберите хотя бы одного взрослого ведущего: юные медиаторы работают только вместе со взрослым.</translation>
        </message>
        <message>
            <source>{name} is not on this case: {reason}</source>
            <translation>{name} не входит в число медиаторов этого случая: {reason}</translation>
        </message>
        <message>
            <source>Only the curator may allow a program despite a training warning; ask the curator.</source>
            <translation>Разрешить программу, несмотря на предупреждение об обучении, может только куратор; обратитесь к куратору.</translation>
        </message>
    </context>
    <context>
        <name>register</name>
        <message>
            <source>Describe the situation in a few words.</source>
            <translation>Кратко опишите ситуацию.</translation>
        </message>
        <message>
            <source>Choose the category of the situation.</source>
            <translation>Выберите категорию ситуации.</translation>
        </message>
        <message>
            <source>Choose the program type.</source>
            <translation>Выберите вид программы.</translation>
        </message>
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
            <source>no decision in the journal</source>
            <translation>в журнале решения нет</translation>
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
            <source>planned meeting</source>
            <translation>запланированная встреча</translation>
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
            <source>Unknown category: choose one from the list.</source>
            <translation>Неизвестная категория: выберите из списка.</translation>
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
            <source>Write the time like 14:30, or leave it empty.</source>
            <translation>Укажите время в виде 14:30 или оставьте поле пустым.</translation>
        </message>
        <message>
            <source>Keep the note short (at most {limit} characters): the place, what to bring. What participants said does not belong here.</source>
            <translation>Примечание должно быть коротким (не больше {limit} знаков): место, что взять с собой. То, что говорили участники, сюда не пишут.</translation>
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
            <source>The case cannot reopen before it closed ({closed}).</source>
            <translation>Случай не может открыться снова раньше, чем был закрыт ({closed}).</translation>
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
        <name>retention</name>
        <message>
            <source>The retention period is from {first} to {last} years.</source>
            <translation>Срок хранения — от {first} до {last} лет.</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Young mediators have no password of their own: an adult signs in and hands the session over to them.</source>
            <translation>У учеников-медиаторов нет своего пароля: взрослый входит и передаёт им сеанс.</translation>
        </message>
        <message>
            <source>Only an adult can do this.</source>
            <translation>Это может сделать только взрослый.</translation>
        </message>
        <message>
            <source>The session can be handed over only to a young mediator.</source>
            <translation>Сеанс можно передать только ученику-медиатору.</translation>
        </message>
        <message>
            <source>You cannot take away your own access.</source>
            <translation>Нельзя отозвать собственный доступ.</translation>
        </message>
        <message>
            <source>This person has no password.</source>
            <translation>У этого человека нет пароля.</translation>
        </message>
        <message>
            <source>You cannot take the curator's role from yourself; another curator can.</source>
            <translation>Нельзя снять роль куратора с самого себя; это может сделать другой куратор.</translation>
        </message>
        <message>
            <source>The service must keep a curator.</source>
            <translation>В службе должен оставаться куратор.</translation>
        </message>
        <message>
            <source>Take away this person's password first: young mediators have none.</source>
            <translation>Сначала отключите вход по паролю для этого человека: у учеников-медиаторов своего пароля нет.</translation>
        </message>
        <message>
            <source>Write the reason.</source>
            <translation>Укажите причину.</translation>
        </message>
        <message>
            <source>Assign an adult mediator first: a young mediator works beside one.</source>
            <translation>Сначала назначьте взрослого медиатора: юный медиатор работает только вместе с ним.</translation>
        </message>
        <message>
            <source>This mediator is not on the case.</source>
            <translation>Этот медиатор не работает по случаю.</translation>
        </message>
        <message>
            <source>Only the curator may do this.</source>
            <translation>Это может сделать только куратор.</translation>
        </message>
        <message>
            <source>This record was already reviewed.</source>
            <translation>Эта запись уже рассмотрена.</translation>
        </message>
        <message>
            <source>Nobody signs off their own work.</source>
            <translation>Никто не утверждает собственную работу.</translation>
        </message>
        <message>
            <source>The service file is open read-only: {reason}. Nothing can be changed in it; save a copy to another place (File menu or the bar above) and open the copy to work.</source>
            <translation>Файл службы открыт только для чтения: {reason}. Изменить в нём ничего нельзя; сохраните копию в другое место (меню «Файл» или полоса над рабочей областью) и работайте с копией.</translation>
        </message>
        <message>
            <source>This change is not possible while a young mediator works on the case. {problem}</source>
            <translation>Пока со случаем работает юный медиатор, такое изменение невозможно. {problem}</translation>
        </message>
        <message>
            <source>The statistics file is signed with a key that only the curator's password opens. Ask the curator to sign in and export it.</source>
            <translation>Файл статистики подписывается ключом, который открывается только паролем куратора. Попросите куратора войти и выгрузить файл.</translation>
        </message>
        <message>
            <source>Only an adult signed in with a password can hand over.</source>
            <translation>Передать сеанс может только взрослый, вошедший со своим паролем.</translation>
        </message>
        <message>
            <source>curator</source>
            <translation>куратор</translation>
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
            <source>Young mediators work only on conflicts between students and on problems of a children's community.</source>
            <translation>Юные медиаторы работают только с конфликтами между учениками и проблемами детского сообщества.</translation>
        </message>
        <message>
            <source>An adult is a party to this case: young mediators do not take it.</source>
            <translation>Одна из сторон этого случая — взрослый: юные медиаторы такие случаи не ведут.</translation>
        </message>
        <message>
            <source>A young mediator works only beside an adult co-mediator or supervisor.</source>
            <translation>Юный медиатор работает только вместе со взрослым ко-медиатором или супервизором.</translation>
        </message>
        <message>
            <source>Only the curator exports the service's statistics.</source>
            <translation>Выгружать статистику службы может только куратор.</translation>
        </message>
        <message>
            <source>Only the curator views the audit trail.</source>
            <translation>Журнал действий доступен только куратору.</translation>
        </message>
        <message>
            <source>Only the curator manages users and their passwords.</source>
            <translation>Пользователями и их паролями управляет только куратор.</translation>
        </message>
        <message>
            <source>Contact details of the roster are for adults only.</source>
            <translation>Контакты участников службы доступны только взрослым.</translation>
        </message>
        <message>
            <source>Young mediators see only the cases assigned to them.</source>
            <translation>Юные медиаторы видят только назначенные им случаи.</translation>
        </message>
        <message>
            <source>The personal data of this case were removed; it stays only in the statistics.</source>
            <translation>Персональные данные этого случая удалены; он остался только в статистике.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>Случай удалён.</translation>
        </message>
        <message>
            <source>The case is not deleted.</source>
            <translation>Случай не удалён.</translation>
        </message>
        <message>
            <source>You are not assigned to this case.</source>
            <translation>Вы не назначены на этот случай.</translation>
        </message>
        <message>
            <source>A young mediator cannot do this; ask the curator.</source>
            <translation>Юный медиатор не может это сделать; обратитесь к куратору.</translation>
        </message>
        <message>
            <source>Nothing in this case waits for a sign-off.</source>
            <translation>В этом случае ничего не ждёт утверждения.</translation>
        </message>
        <message>
            <source>The case is open.</source>
            <translation>Случай открыт.</translation>
        </message>
        <message>
            <source>Sign off the closure or return it for rework.</source>
            <translation>Утвердите закрытие или верните его на доработку.</translation>
        </message>
        <message>
            <source>The case waits for the curator's sign-off; it cannot be changed now.</source>
            <translation>Случай ждёт утверждения куратором; сейчас его нельзя изменить.</translation>
        </message>
        <message>
            <source>The case is closed and can only be read. The curator may reopen it.</source>
            <translation>Случай закрыт, его можно только читать. Куратор может открыть его заново.</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <source>Enter the year the person started working.</source>
            <translation>Укажите, с какого года человек работает в службе.</translation>
        </message>
        <message>
            <source>The first year of work cannot be in the future.</source>
            <translation>Первый год работы не может быть в будущем.</translation>
        </message>
        <message>
            <source>The last year of work cannot be before the first one, {first}.</source>
            <translation>Последний год работы не может быть раньше первого, {first}.</translation>
        </message>
        <message>
            <source>The last year of work cannot be in the future.</source>
            <translation>Последний год работы не может быть в будущем.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>curator of the service</source>
            <translation>куратор службы</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Works in the service since</source>
            <translation>Работает в службе с</translation>
        </message>
        <message>
            <source>Last year of work</source>
            <translation>Последний год работы</translation>
        </message>
        <message>
            <source>Breaks in the work</source>
            <translation>Перерывы в работе</translation>
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
            <source>Read-only</source>
            <translation>Только чтение</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не сохранено: {reason}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Все изменения сохранены</translation>
        </message>
    </context>
    <context>
        <name>stats</name>
        <message>
            <source>The figures have changed since they were shown. Show them again, check them and save.</source>
            <translation>Данные изменились после того, как были показаны. Покажите их ещё раз, проверьте и сохраните.</translation>
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation>Такого файла или папки нет.</translation>
        </message>
        <message>
            <source>Service {id} ({name}) sent files signed with {count} different keys: {files}. Ask the service which file is genuine.</source>
            <translation>Файлы службы {id} ({name}) подписаны разными ключами ({count}): {files}. Уточните у службы, какой файл подлинный.</translation>
        </message>
        <message>
            <source>Service {id} ({name}) sent more than one file for {year}: {older} (made {older_date}) is left out, {newer} (made {newer_date}) is counted.</source>
            <translation>Служба {id} ({name}) прислала больше одного файла за {year} год: {older} (создан {older_date}) не учтён, учтён {newer} (создан {newer_date}).</translation>
        </message>
        <message>
            <source>The file is for {found}; this summary is for {year}.</source>
            <translation>Файл за {found} год, а сводка составляется за {year} год.</translation>
        </message>
        <message>
            <source>yearly statistics: export, verify, add up</source>
            <translation>годовая статистика: выгрузка, проверка, сводка</translation>
        </message>
        <message>
            <source>write the signed statistics file of a year (curator only)</source>
            <translation>записать подписанный файл статистики за год (только куратор)</translation>
        </message>
        <message>
            <source>The password is taken from RSDESK_PASSWORD or asked. Exit codes: 0 written, 1 error, 2 wrong password, 3 damaged file, 4 newer version, 5 older copy.</source>
            <translation>Пароль берётся из переменной RSDESK_PASSWORD или запрашивается. Коды выхода: 0 — записано, 1 — ошибка, 2 — неверный пароль, 3 — файл повреждён, 4 — файл новой версии, 5 — более старая копия.</translation>
        </message>
        <message>
            <source>the service file</source>
            <translation>файл службы</translation>
        </message>
        <message>
            <source>the year</source>
            <translation>год</translation>
        </message>
        <message>
            <source>the statistics file to write, or a folder for it</source>
            <translation>файл статистики или папка для него</translation>
        </message>
        <message>
            <source>check statistics files: 0 all valid, 1 any rejected</source>
            <translation>проверить файлы статистики: 0 — все в порядке, 1 — есть отклонённые</translation>
        </message>
        <message>
            <source>add up the files of the services into the regional tables</source>
            <translation>свести файлы служб в региональные таблицы</translation>
        </message>
        <message>
            <source>A PATH is a file or a folder searched for .rsdstats and .json files. A service's key is pinned in the registry on its first accepted file; a file signed with another key is rejected. Exit codes: 0 written, every file counted; 1 cannot write; 2 written, but some files were rejected; 3 no file was accepted.</source>
            <translation>ПУТЬ — файл или папка, в которой ищутся файлы .rsdstats и .json. Ключ службы закрепляется в реестре по её первому принятому файлу; файл, подписанный другим ключом, отклоняется. Коды выхода: 0 — записано, учтены все файлы; 1 — не удалось записать; 2 — записано, но часть файлов отклонена; 3 — не принят ни один файл.</translation>
        </message>
        <message>
            <source>the year (default: most files)</source>
            <translation>год (по умолчанию — год большинства файлов)</translation>
        </message>
        <message>
            <source>exact drill-down figures in the XLSX and PDF (not for publication)</source>
            <translation>точные числа разбивки в XLSX и PDF (не для публикации)</translation>
        </message>
        <message>
            <source>the registry of services and their keys (default: the regional folder of this computer's rsdesk data)</source>
            <translation>реестр служб и их ключей (по умолчанию — в папке regional данных rsdesk на этом компьютере)</translation>
        </message>
        <message>
            <source>processes for checking signatures (default: automatic)</source>
            <translation>число процессов для проверки подписей (по умолчанию — автоматически)</translation>
        </message>
        <message>
            <source>also write the registered services with no file (.xlsx or .pdf)</source>
            <translation>также записать зарегистрированные службы без файла (.xlsx или .pdf)</translation>
        </message>
        <message>
            <source>Only the curator of the service exports statistics.</source>
            <translation>Выгружать статистику может только куратор службы.</translation>
        </message>
        <message>
            <source>This file has no service yet: nothing to export.</source>
            <translation>В этом файле ещё нет службы — выгружать нечего.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Не удалось записать {path}: {error}</translation>
        </message>
        <message>
            <source>The statistics for {year} were written to {path}</source>
            <translation>Статистика за {year} год записана в файл {path}</translation>
        </message>
        <message>
            <source>REJECTED {file}: {reason}</source>
            <translation>ОТКЛОНЁН {file}: {reason}</translation>
        </message>
        <message>
            <source>OK {file}: {name}, {year}, made {generated}</source>
            <translation>ВЕРНО {file}: {name}, {year} год, создан {generated}</translation>
        </message>
        <message>
            <source>key {fingerprint}</source>
            <translation>ключ {fingerprint}</translation>
        </message>
        <message>
            <source>No statistics files were found.</source>
            <translation>Файлы статистики не найдены.</translation>
        </message>
        <message>
            <source>There is no folder for {path}.</source>
            <translation>Нет папки для файла {path}.</translation>
        </message>
        <message>
            <source>Year {year}: {accepted} files counted, {rejected} rejected, {warnings} warnings.</source>
            <translation>{year} год: учтено файлов — {accepted}, отклонено — {rejected}, предупреждений — {warnings}.</translation>
        </message>
        <message>
            <source>WARNING: {warning}</source>
            <translation>ПРЕДУПРЕЖДЕНИЕ: {warning}</translation>
        </message>
        <message>
            <source>NEW SERVICE {name}, {place} ({id}): its key is pinned; check it.</source>
            <translation>НОВАЯ СЛУЖБА {name}, {place} ({id}): её ключ закреплён; проверьте её.</translation>
        </message>
        <message>
            <source>NO FILE for {year}: {name}, {place} ({id})</source>
            <translation>НЕТ ФАЙЛА за {year}: {name}, {place} ({id})</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Записано: {path}</translation>
        </message>
        <message>
            <source>Table 1 by municipality: school reconciliation services ({year})</source>
            <translation>Таблица 1 по муниципалитетам: школьные службы примирения ({year})</translation>
        </message>
        <message>
            <source>Table 1 by service: school reconciliation services ({year})</source>
            <translation>Таблица 1 по службам: школьные службы примирения ({year})</translation>
        </message>
        <message>
            <source>Table 2 by municipality: territorial reconciliation services ({year})</source>
            <translation>Таблица 2 по муниципалитетам: территориальные службы примирения ({year})</translation>
        </message>
        <message>
            <source>Table 2 by service: territorial reconciliation services ({year})</source>
            <translation>Таблица 2 по службам: территориальные службы примирения ({year})</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Служба</translation>
        </message>
        <message>
            <source>Region, total</source>
            <translation>Регион, всего</translation>
        </message>
        <message>
            <source>Caution: {count} hidden small values follow from the exact regional totals alone; check the drill-down before publishing it.</source>
            <translation>Внимание: скрытые малые значения ({count}) вычисляются из одних точных итогов региона; проверьте разбивку перед публикацией.</translation>
        </message>
        <message>
            <source>municipality not given</source>
            <translation>муниципалитет не указан</translation>
        </message>
        <message>
            <source>The key «{key}» appears twice in one object.</source>
            <translation>Ключ «{key}» повторяется в одном объекте.</translation>
        </message>
        <message>
            <source>The file holds {value}, which is not a number.</source>
            <translation>В файле записано {value} — это не число.</translation>
        </message>
        <message>
            <source>The file is saved as UTF-16, not as UTF-8: it was changed by a text editor after it was made. Ask the service for the file as it was exported.</source>
            <translation>Файл сохранён в кодировке UTF-16, а не UTF-8: его изменили в текстовом редакторе после выгрузки. Попросите у службы файл в том виде, в каком он был выгружен.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>Файл не является текстом в кодировке UTF-8.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}, column {column}).</source>
            <translation>Файл не является корректным JSON (строка {line}, позиция {column}).</translation>
        </message>
        <message>
            <source>The file is nested too deeply.</source>
            <translation>В файле слишком глубокая вложенность.</translation>
        </message>
        <message>
            <source>The file holds a number too long to read.</source>
            <translation>В файле слишком длинное число.</translation>
        </message>
        <message>
            <source>«{path}» must be base64 of {size} bytes; the file has {value}.</source>
            <translation>«{path}» должно быть base64-записью {size} байт, а в файле {value}.</translation>
        </message>
        <message>
            <source>The signature does not match the contents: the file was changed after it was signed, or signed with another key.</source>
            <translation>Подпись не соответствует содержимому: файл изменён после подписания или подписан другим ключом.</translation>
        </message>
        <message>
            <source>The file is larger than {limit} KB: it is not a statistics file.</source>
            <translation>Файл больше {limit} КБ — это не файл статистики.</translation>
        </message>
        <message>
            <source>This is not a file but a pipe or a device: it is not read.</source>
            <translation>Это не файл, а канал или устройство: он не прочитан.</translation>
        </message>
        <message>
            <source>This is a folder, not a file.</source>
            <translation>Это папка, а не файл.</translation>
        </message>
        <message>
            <source>There is no such file.</source>
            <translation>Такого файла нет.</translation>
        </message>
        <message>
            <source>The file cannot be read: {error}</source>
            <translation>Не удалось прочитать файл: {error}</translation>
        </message>
        <message>
            <source>Number of reconciliation services</source>
            <translation>Количество служб примирения</translation>
        </message>
        <message>
            <source>Number of adult mediators</source>
            <translation>Количество взрослых медиаторов</translation>
        </message>
        <message>
            <source>Number of young school mediators</source>
            <translation>Количество юных медиаторов (школьников)</translation>
        </message>
        <message>
            <source>Number of requests received by the service</source>
            <translation>Количество обращений, поступивших в службу</translation>
        </message>
        <message>
            <source>Number of completed restorative programs, including:</source>
            <translation>Количество завершённых восстановительных программ, в том числе:</translation>
        </message>
        <message>
            <source>restorative mediation or reconciliation programs</source>
            <translation>восстановительная медиация или программы примирения</translation>
        </message>
        <message>
            <source>school conferences</source>
            <translation>школьные восстановительные конференции</translation>
        </message>
        <message>
            <source>community circles on conflicts</source>
            <translation>круги сообщества по конфликтам</translation>
        </message>
        <message>
            <source>restorative preventive programs</source>
            <translation>профилактические восстановительные программы</translation>
        </message>
        <message>
            <source>other programs</source>
            <translation>другие программы</translation>
        </message>
        <message>
            <source>Total number of participants in restorative programs, including:</source>
            <translation>Общее количество участников восстановительных программ, в том числе:</translation>
        </message>
        <message>
            <source>adults (parents or legal representatives, teachers)</source>
            <translation>взрослые (родители или законные представители, педагоги)</translation>
        </message>
        <message>
            <source>children and adolescents</source>
            <translation>дети и подростки</translation>
        </message>
        <message>
            <source>Number of territorial reconciliation services</source>
            <translation>Количество территориальных служб примирения</translation>
        </message>
        <message>
            <source>Number of facilitators of restorative programs (mediators)</source>
            <translation>Количество ведущих восстановительных программ (медиаторов)</translation>
        </message>
        <message>
            <source>Services that held restorative programs in the year</source>
            <translation>Службы, проводившие восстановительные программы в году</translation>
        </message>
        <message>
            <source>Total number of requests received</source>
            <translation>Общее количество поступивших обращений</translation>
        </message>
        <message>
            <source>Total number of completed restorative programs, by category of case:</source>
            <translation>Общее количество завершённых восстановительных программ, в том числе по категориям случаев:</translation>
        </message>
        <message>
            <source>juvenile crime</source>
            <translation>преступления несовершеннолетних</translation>
        </message>
        <message>
            <source>socially dangerous acts of minors below the age of criminal responsibility</source>
            <translation>общественно опасные деяния лиц, не достигших возраста уголовной ответственности</translation>
        </message>
        <message>
            <source>family conflicts and difficult situations</source>
            <translation>семейные конфликты и трудные жизненные ситуации</translation>
        </message>
        <message>
            <source>conflicts and problem situations in educational organisations</source>
            <translation>конфликты и проблемные ситуации в образовательных организациях</translation>
        </message>
        <message>
            <source>administrative offences of minors</source>
            <translation>административные правонарушения несовершеннолетних</translation>
        </message>
        <message>
            <source>other situations</source>
            <translation>другие ситуации</translation>
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
            <source>community circles</source>
            <translation>круги сообщества</translation>
        </message>
        <message>
            <source>preventive circles and programs</source>
            <translation>профилактические круги и программы</translation>
        </message>
        <message>
            <source>school conference or school-parent council</source>
            <translation>школьная конференция или школьно-родительский совет</translation>
        </message>
        <message>
            <source>family conference</source>
            <translation>семейная конференция</translation>
        </message>
        <message>
            <source>Total number of participants in completed restorative programs</source>
            <translation>Общее количество участников завершённых восстановительных программ</translation>
        </message>
        <message>
            <source>Table 1. School reconciliation services ({year})</source>
            <translation>Таблица 1. Школьные службы примирения ({year})</translation>
        </message>
        <message>
            <source>Table 2. Territorial reconciliation services ({year})</source>
            <translation>Таблица 2. Территориальные службы примирения ({year})</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>Все службы</translation>
        </message>
        <message>
            <source>Acting services</source>
            <translation>Действующие службы</translation>
        </message>
        <message>
            <source>(at least 4 programs a year)</source>
            <translation>(не менее 4 программ в год)</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Types of restorative programs, by the number completed:</source>
            <translation>Виды восстановительных программ по количеству завершённых:</translation>
        </message>
        <message>
            <source>Service id</source>
            <translation>Идентификатор службы</translation>
        </message>
        <message>
            <source>Kind of service</source>
            <translation>Вид службы</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Date of the export</source>
            <translation>Дата выгрузки</translation>
        </message>
        <message>
            <source>Mediators of the year</source>
            <translation>Медиаторы года</translation>
        </message>
        <message>
            <source>Adult mediators</source>
            <translation>Взрослые медиаторы</translation>
        </message>
        <message>
            <source>Young mediators</source>
            <translation>Юные медиаторы</translation>
        </message>
        <message>
            <source>Requests received</source>
            <translation>Поступившие обращения</translation>
        </message>
        <message>
            <source>Requests received, total</source>
            <translation>Обращений поступило, всего</translation>
        </message>
        <message>
            <source>From: {origin}</source>
            <translation>Источник: {origin}</translation>
        </message>
        <message>
            <source>Programs ended in the year</source>
            <translation>Программы, завершённые в году</translation>
        </message>
        <message>
            <source>Stopped programs</source>
            <translation>Прекращённые программы</translation>
        </message>
        <message>
            <source>Completed: {type}</source>
            <translation>Завершено: {type}</translation>
        </message>
        <message>
            <source>With an agreement: {type}</source>
            <translation>С договорённостью: {type}</translation>
        </message>
        <message>
            <source>Completed programs by category of case</source>
            <translation>Завершённые программы по категориям случаев</translation>
        </message>
        <message>
            <source>Participants of completed programs</source>
            <translation>Участники завершённых программ</translation>
        </message>
        <message>
            <source>Adults</source>
            <translation>Взрослые</translation>
        </message>
        <message>
            <source>Minors</source>
            <translation>Несовершеннолетние</translation>
        </message>
        <message>
            <source>the public key must be base64 of 32 bytes (44 characters)</source>
            <translation>открытый ключ должен быть записью base64 из 32 байт (44 символа)</translation>
        </message>
        <message>
            <source>The list is larger than {limit} MB: it is not a list of services.</source>
            <translation>Список больше {limit} МБ: это не список служб.</translation>
        </message>
        <message>
            <source>The list is not UTF-8 text: save it as «CSV UTF-8».</source>
            <translation>Список не является текстом в кодировке UTF-8: сохраните его как «CSV UTF-8».</translation>
        </message>
        <message>
            <source>The first row must be: {columns}.</source>
            <translation>Первая строка должна быть такой: {columns}.</translation>
        </message>
        <message>
            <source>row {line}: {reason}</source>
            <translation>строка {line}: {reason}</translation>
        </message>
        <message>
            <source>and {count} more rows</source>
            <translation>и ещё строк: {count}</translation>
        </message>
        <message>
            <source>The list is not imported, nothing was added. Correct it and import it again: {problems}.</source>
            <translation>Список не загружен, ничего не добавлено. Исправьте его и загрузите снова: {problems}.</translation>
        </message>
        <message>
            <source>{count} columns instead of {expected}</source>
            <translation>столбцов {count} вместо {expected}</translation>
        </message>
        <message>
            <source>the service {id} is listed twice</source>
            <translation>служба {id} указана дважды</translation>
        </message>
        <message>
            <source>Region: {region}</source>
            <translation>Регион: {region}</translation>
        </message>
        <message>
            <source>Year: {year}</source>
            <translation>Год: {year}</translation>
        </message>
        <message>
            <source>Made on: {day}</source>
            <translation>Дата составления: {day}</translation>
        </message>
        <message>
            <source>Files counted: {count}</source>
            <translation>Учтено файлов: {count}</translation>
        </message>
        <message>
            <source>School services: completed programs by kind</source>
            <translation>Школьные службы: завершённые программы по видам</translation>
        </message>
        <message>
            <source>Territorial services: completed programs by category of case</source>
            <translation>Территориальные службы: завершённые программы по категориям случаев</translation>
        </message>
        <message>
            <source>Territorial services: completed programs by type</source>
            <translation>Территориальные службы: завершённые программы по типам</translation>
        </message>
        <message>
            <source>Change {first}–{last}</source>
            <translation>Изменение {first}–{last}</translation>
        </message>
        <message>
            <source>Change, %</source>
            <translation>Изменение, %</translation>
        </message>
        <message>
            <source>Table 1 over the years: all school services</source>
            <translation>Таблица 1 по годам: все школьные службы</translation>
        </message>
        <message>
            <source>Table 1 over the years: acting school services</source>
            <translation>Таблица 1 по годам: действующие школьные службы</translation>
        </message>
        <message>
            <source>Table 2 over the years: territorial services</source>
            <translation>Таблица 2 по годам: территориальные службы</translation>
        </message>
        <message>
            <source>{region}, {year}: regional summary, made on {day}</source>
            <translation>{region}, {year}: региональный свод, составлен {day}</translation>
        </message>
        <message>
            <source>Regional summary of the reconciliation services</source>
            <translation>Региональный свод служб примирения</translation>
        </message>
        <message>
            <source>rejected: {reason}</source>
            <translation>отклонён: {reason}</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>предупреждение: {warning}</translation>
        </message>
        <message>
            <source>…and {count} more; the XLSX and JSON list them all.</source>
            <translation>…и ещё {count}; полный список — в XLSX и JSON.</translation>
        </message>
        <message>
            <source>T1 by municipality</source>
            <translation>Т1 по муниципалитетам</translation>
        </message>
        <message>
            <source>T1 by service</source>
            <translation>Т1 по службам</translation>
        </message>
        <message>
            <source>T2 by municipality</source>
            <translation>Т2 по муниципалитетам</translation>
        </message>
        <message>
            <source>T2 by service</source>
            <translation>Т2 по службам</translation>
        </message>
        <message>
            <source>Over the years</source>
            <translation>По годам</translation>
        </message>
        <message>
            <source>The key of the registry of services {key} is missing, so the registry {path} cannot be checked: it is not used. Restore both files from a copy, or move the registry away to start a new one.</source>
            <translation>Ключ реестра служб {key} отсутствует, поэтому реестр {path} нельзя проверить: он не используется. Восстановите оба файла из копии или уберите реестр, чтобы начать новый.</translation>
        </message>
        <message>
            <source>The key of the registry of services {key} is damaged: the registry is not used. Restore it from a copy, or move the registry and its key away to start a new one.</source>
            <translation>Ключ реестра служб {key} повреждён: реестр не используется. Восстановите ключ из копии или уберите реестр вместе с ключом, чтобы начать новый.</translation>
        </message>
        <message>
            <source>The registry of services {path} was changed outside rsdesk: it is not used. Restore it from a copy, or move it away to start a new one.</source>
            <translation>Реестр служб {path} изменён вне rsdesk и не используется. Восстановите его из копии или уберите, чтобы начать новый.</translation>
        </message>
        <message>
            <source>The registry of services {path} cannot be read ({reason}).</source>
            <translation>Не удалось прочитать реестр служб {path} ({reason}).</translation>
        </message>
        <message>
            <source>The registry of services {path} is damaged: it is not used. Restore it from a copy, or move it away to start a new one.</source>
            <translation>Реестр служб {path} повреждён: он не используется. Восстановите его из копии или уберите, чтобы начать новый.</translation>
        </message>
        <message>
            <source>The registry of services {path} cannot be written: {reason}. Nothing in it changed.</source>
            <translation>Не удалось записать реестр служб {path}: {reason}. В нём ничего не изменилось.</translation>
        </message>
        <message>
            <source>The new service {id} ({name}) sent files signed with different keys: none is counted until the operator confirms which key is the service's.</source>
            <translation>Новая служба {id} ({name}) прислала файлы, подписанные разными ключами: ни один не учтён, пока оператор не подтвердит, какой ключ принадлежит службе.</translation>
        </message>
        <message>
            <source>The file is signed with another key than the one known for {name} ({id}): it is not counted. If the service really has a new installation, confirm its new key in the registry of services.</source>
            <translation>Файл подписан другим ключом, чем известный для службы {name} ({id}), и не учтён. Если у службы действительно новая установка, подтвердите её новый ключ в реестре служб.</translation>
        </message>
        <message>
            <source>No service {id} in the registry.</source>
            <translation>В реестре нет службы {id}.</translation>
        </message>
        <message>
            <source>The file is signed with the key already known for {name}: nothing to change.</source>
            <translation>Файл подписан ключом, который уже известен для службы {name}: менять нечего.</translation>
        </message>
        <message>
            <source>first file: key pinned</source>
            <translation>первый файл: ключ закреплён</translation>
        </message>
        <message>
            <source>confirmed by the operator</source>
            <translation>подтверждена оператором</translation>
        </message>
        <message>
            <source>added from a prepared list</source>
            <translation>добавлена из подготовленного списка</translation>
        </message>
        <message>
            <source>file rejected: signed with another key</source>
            <translation>файл отклонён: подписан другим ключом</translation>
        </message>
        <message>
            <source>files with two different keys: none counted</source>
            <translation>файлы с двумя разными ключами: ни один не учтён</translation>
        </message>
        <message>
            <source>new key accepted by the operator</source>
            <translation>новый ключ принят оператором</translation>
        </message>
        <message>
            <source>the registry of services: list, confirm, accept a new key</source>
            <translation>реестр служб: список, подтверждение, приём нового ключа</translation>
        </message>
        <message>
            <source>the known services</source>
            <translation>известные службы</translation>
        </message>
        <message>
            <source>confirm a new service</source>
            <translation>подтвердить новую службу</translation>
        </message>
        <message>
            <source>accept the key a service's file is signed with as its new key</source>
            <translation>принять ключ, которым подписан файл службы, как её новый ключ</translation>
        </message>
        <message>
            <source>add services listed in advance: CSV with id;kind;name;municipality;public_key</source>
            <translation>добавить службы из заранее подготовленного списка: CSV с колонками id;kind;name;municipality;public_key</translation>
        </message>
        <message>
            <source>No service in the registry yet.</source>
            <translation>В реестре пока нет ни одной службы.</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>подтверждена</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новая</translation>
        </message>
        <message>
            <source>Confirmed: {name}.</source>
            <translation>Подтверждена: {name}.</translation>
        </message>
        <message>
            <source>From now on {name} is counted with the key of {file}.</source>
            <translation>Теперь служба {name} учитывается с ключом из файла {file}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>Не удалось прочитать {path}: {error}</translation>
        </message>
        <message>
            <source>Services added: {count}.</source>
            <translation>Добавлено служб: {count}.</translation>
        </message>
        <message>
            <source>Already in the registry and left as they are: {count}.</source>
            <translation>Уже были в реестре и оставлены без изменений: {count}.</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Службы</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <source>Programs completed</source>
            <translation>Завершено программ</translation>
        </message>
        <message>
            <source>of them mediation</source>
            <translation>из них медиации</translation>
        </message>
        <message>
            <source>school conf.</source>
            <translation>школьные конференции</translation>
        </message>
        <message>
            <source>circles</source>
            <translation>круги</translation>
        </message>
        <message>
            <source>preventive</source>
            <translation>профилактика</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другие</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>of them adults</source>
            <translation>из них взрослые</translation>
        </message>
        <message>
            <source>children</source>
            <translation>дети</translation>
        </message>
        <message>
            <source>Mediators</source>
            <translation>Медиаторы</translation>
        </message>
        <message>
            <source>Services with programs</source>
            <translation>Службы с программами</translation>
        </message>
        <message>
            <source>crimes</source>
            <translation>преступления</translation>
        </message>
        <message>
            <source>socially dangerous acts</source>
            <translation>ООД</translation>
        </message>
        <message>
            <source>family</source>
            <translation>семейные</translation>
        </message>
        <message>
            <source>educational</source>
            <translation>образовательные</translation>
        </message>
        <message>
            <source>administrative offences</source>
            <translation>административные правонарушения</translation>
        </message>
        <message>
            <source>mediation</source>
            <translation>медиация</translation>
        </message>
        <message>
            <source>conference or council</source>
            <translation>конференция или совет</translation>
        </message>
        <message>
            <source>«&lt;3»: a value of 0, 1 or 2 for one municipality or one service, hidden so that no person can be recognised; «×»: hidden as well, so that a «&lt;3» cannot be worked out from the totals. The regional totals are exact.</source>
            <translation>«&lt;3» — значение 0, 1 или 2 по одному муниципалитету или одной службе, скрытое, чтобы никого нельзя было узнать; «×» — тоже скрыто, чтобы «&lt;3» нельзя было вычислить по итогам. Итоги по региону точные.</translation>
        </message>
        <message>
            <source>Working tables with exact figures for the regional centre: not for publication.</source>
            <translation>Рабочие таблицы с точными числами для регионального центра: не для публикации.</translation>
        </message>
        <message>
            <source>Files counted: {accepted}; rejected: {rejected}; warnings: {warnings}.</source>
            <translation>Учтено файлов: {accepted}; отклонено: {rejected}; предупреждений: {warnings}.</translation>
        </message>
        <message>
            <source>New services, their keys now pinned: {count}.</source>
            <translation>Новых служб (их ключи закреплены в реестре): {count}.</translation>
        </message>
        <message>
            <source>No file yet from: {count}.</source>
            <translation>Ещё не прислали файл: {count}.</translation>
        </message>
        <message>
            <source>Table 1</source>
            <translation>Таблица 1</translation>
        </message>
        <message>
            <source>Table 2</source>
            <translation>Таблица 2</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>учтён</translation>
        </message>
        <message>
            <source>Services that have not sent a valid statistics file for {year}</source>
            <translation>Службы, не приславшие действительный файл статистики за {year}</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>Нет файла</translation>
        </message>
        <message>
            <source>As of {day}</source>
            <translation>На {day}</translation>
        </message>
        <message>
            <source>Every registered service has sent it.</source>
            <translation>Все зарегистрированные службы прислали файл.</translation>
        </message>
        <message>
            <source>«{path}» must be a whole number 0 or more; the file has {value}.</source>
            <translation>«{path}» должно быть целым числом не меньше 0, а в файле {value}.</translation>
        </message>
        <message>
            <source>«{path}» is implausibly large: {value} (at most {limit}).</source>
            <translation>«{path}» неправдоподобно велико: {value} (допустимо не больше {limit}).</translation>
        </message>
        <message>
            <source>«{path}» must be a text of at most {limit} characters; the file has {value}.</source>
            <translation>«{path}» должно быть текстом не длиннее {limit} символов, а в файле {value}.</translation>
        </message>
        <message>
            <source>«{path}» contains control or invalid characters.</source>
            <translation>«{path}» содержит управляющие или недопустимые символы.</translation>
        </message>
        <message>
            <source>«{path}» contains the invisible character {code} (a text direction mark or a zero-width character): with it a name can read as another one. The service should correct its name and export the file again.</source>
            <translation>«{path}» содержит невидимый символ {code} (знак направления текста или символ нулевой ширины): с ним одно название может читаться как другое. Службе нужно исправить название и выгрузить файл заново.</translation>
        </message>
        <message>
            <source>«{path}» must not be empty.</source>
            <translation>«{path}» не может быть пустым.</translation>
        </message>
        <message>
            <source>«{path}» must be the service id (a uuid4 in lower case); the file has {value}.</source>
            <translation>«{path}» должно быть идентификатором службы (uuid4 строчными буквами), а в файле {value}.</translation>
        </message>
        <message>
            <source>«{path}» must be school or territorial; the file has {value}.</source>
            <translation>«{path}» должно быть school (школьная) или territorial (территориальная), а в файле {value}.</translation>
        </message>
        <message>
            <source>«{path}» must be a year from {first} to {last}; the file has {value}.</source>
            <translation>«{path}» должно быть годом от {first} до {last}, а в файле {value}.</translation>
        </message>
        <message>
            <source>«{path}» must be a date YYYY-MM-DD from {first} to {last}; the file has {value}.</source>
            <translation>«{path}» должно быть датой ГГГГ-ММ-ДД от {first} до {last} года, а в файле {value}.</translation>
        </message>
        <message>
            <source>«{path}» must be an object {{…}}; the file has {value}.</source>
            <translation>«{path}» должно быть объектом {{…}}, а в файле {value}.</translation>
        </message>
        <message>
            <source>Unknown key «{path}».</source>
            <translation>Неизвестный ключ «{path}».</translation>
        </message>
        <message>
            <source>Missing key «{path}».</source>
            <translation>Нет обязательного ключа «{path}».</translation>
        </message>
        <message>
            <source>Requests by source add up to {sum}, but «requests_received» is {total}.</source>
            <translation>Обращения по источникам в сумме дают {sum}, а «requests_received» равно {total}.</translation>
        </message>
        <message>
            <source>Completed programs add up to {programs} by type but to {categories} by category.</source>
            <translation>Завершённых программ по видам — {programs}, а по категориям — {categories}.</translation>
        </message>
        <message>
            <source>Programs «{key}» with an agreement ({agreed}) outnumber the completed ones ({done}).</source>
            <translation>Программ «{key}» с договорённостью ({agreed}) больше, чем завершённых ({done}).</translation>
        </message>
        <message>
            <source>The file was made on {generated}, before its year {year} began.</source>
            <translation>Файл создан {generated} — раньше, чем начался его {year} год.</translation>
        </message>
        <message>
            <source>This is not an rsdesk-stats statistics file.</source>
            <translation>Это не файл статистики rsdesk-stats.</translation>
        </message>
        <message>
            <source>Version {version} of the statistics format is not supported; this rsdesk reads version {supported}.</source>
            <translation>Версия формата статистики {version} не поддерживается: эта версия rsdesk читает версию {supported}.</translation>
        </message>
        <message>
            <source>«signature.alg» must be ed25519; the file has {value}.</source>
            <translation>«signature.alg» должно быть ed25519, а в файле {value}.</translation>
        </message>
        <message>
            <source>The register holds an unknown {what} «{key}»; the statistics file cannot describe it. Correct the record and export again.</source>
            <translation>В журнале есть неизвестное значение ({what}) «{key}»; в файле статистики его не передать. Исправьте запись и выгрузите снова.</translation>
        </message>
        <message>
            <source>request source</source>
            <translation>источник обращения</translation>
        </message>
        <message>
            <source>The year must be from {first} to {last}.</source>
            <translation>Год должен быть от {first} до {last}.</translation>
        </message>
        <message>
            <source>program type</source>
            <translation>вид программы</translation>
        </message>
        <message>
            <source>category</source>
            <translation>категория</translation>
        </message>
    </context>
    <context>
        <name>vault</name>
        <message>
            <source>this is not a file but a pipe or a device</source>
            <translation>это не файл, а канал или устройство</translation>
        </message>
        <message>
            <source>there is no free space on the disk</source>
            <translation>на диске нет свободного места</translation>
        </message>
        <message>
            <source>the disk is write-protected</source>
            <translation>диск защищён от записи</translation>
        </message>
        <message>
            <source>there is no permission for it</source>
            <translation>на это нет прав доступа</translation>
        </message>
        <message>
            <source>the disk reported a read or write error</source>
            <translation>диск сообщил об ошибке чтения или записи</translation>
        </message>
        <message>
            <source>the file or its folder is missing</source>
            <translation>файл или его папка не найдены</translation>
        </message>
        <message>
            <source>the disk is not available, it may have been disconnected</source>
            <translation>диск недоступен, возможно, он отключён</translation>
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation>это папка, а не файл</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>часть пути не является папкой</translation>
        </message>
        <message>
            <source>such a file already exists</source>
            <translation>такой файл уже существует</translation>
        </message>
        <message>
            <source>the name of the file or of the path is too long</source>
            <translation>слишком длинное имя файла или пути</translation>
        </message>
        <message>
            <source>the file is in use by another program</source>
            <translation>файл занят другой программой</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>открыто слишком много файлов</translation>
        </message>
        <message>
            <source>the path goes round in a loop of links</source>
            <translation>путь зацикливается на ссылках</translation>
        </message>
        <message>
            <source>system error {code}</source>
            <translation>системная ошибка {code}</translation>
        </message>
        <message>
            <source>an unexpected error</source>
            <translation>непредвиденная ошибка</translation>
        </message>
        <message>
            <source>The attached file was not found next to the service file. It may have been deleted or not copied along with the service file.</source>
            <translation>Приложенный файл не найден рядом с файлом службы. Возможно, его удалили или не скопировали вместе с файлом службы.</translation>
        </message>
        <message>
            <source>The attached file is damaged or has been changed and cannot be read.</source>
            <translation>Приложенный файл повреждён или изменён, прочитать его нельзя.</translation>
        </message>
        <message>
            <source>The attached file belongs to another service file and cannot be read here.</source>
            <translation>Приложенный файл относится к другому файлу службы, здесь его прочитать нельзя.</translation>
        </message>
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
            <source>The service file is refused: checking a password against its {slots} keys would take far longer than any rsdesk file needs. The file is damaged or was made to hang the program. Restore it from a backup copy.</source>
            <translation>Файл службы не открыт: проверка пароля по его ключам ({slots}) заняла бы гораздо больше времени, чем нужно любому файлу rsdesk. Файл повреждён или подделан, чтобы программа зависла. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>The file is {size} MB, larger than a service file can be ({limit} MB): it is damaged or is not a service file. It was not read.</source>
            <translation>Файл занимает {size} МБ — больше, чем может быть файл службы ({limit} МБ): он повреждён или это не файл службы. Файл не прочитан.</translation>
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
            <source>This is not a file but a pipe, a device or a folder: {path}. rsdesk opens only ordinary files.</source>
            <translation>Это не файл, а канал, устройство или папка: {path}. rsdesk открывает только обычные файлы.</translation>
        </message>
        <message>
            <source>There is not enough memory to open the service file. Close other programs and try again.</source>
            <translation>Не хватает памяти, чтобы открыть файл службы. Закройте другие программы и попробуйте ещё раз.</translation>
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
            <source>The backup copy was not made: {reason}. The service file itself is saved.</source>
            <translation>Резервная копия не сделана: {reason}. Файл службы сохранён.</translation>
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
        <message>
            <source>Nothing can be written in this folder ({reason}). Choose another folder or disk.</source>
            <translation>В эту папку ничего нельзя записать ({reason}). Выберите другую папку или другой диск.</translation>
        </message>
        <message>
            <source>the disk is write-protected (a locked memory card or a read-only mount)</source>
            <translation>диск защищён от записи (заблокирована карта памяти или диск подключён только для чтения)</translation>
        </message>
        <message>
            <source>the file itself is marked read-only</source>
            <translation>сам файл помечен как доступный только для чтения</translation>
        </message>
        <message>
            <source>there is no permission to write into the folder of the file</source>
            <translation>нет права записи в папку, где лежит файл</translation>
        </message>
        <message>
            <source>The service file is open read-only: {reason}. Nothing is written to it; save a copy to another place to work on it.</source>
            <translation>Файл службы открыт только для чтения: {reason}. В него ничего не записывается; чтобы работать с ним, сохраните копию в другое место.</translation>
        </message>
        <message>
            <source>The service file is back, but while it was unavailable it was opened in another rsdesk window or on another computer. Your changes are not written over it: they stay in the program. Save a copy to another place.</source>
            <translation>Файл службы снова доступен, но, пока его не было, его открыли в другом окне rsdesk или на другом компьютере. Ваши изменения не записаны поверх: они остаются в программе. Сохраните копию в другое место.</translation>
        </message>
        <message>
            <source>The service file is back, but it was changed or replaced while it was unavailable. Your changes are not written over it: they stay in the program. Save a copy to another place.</source>
            <translation>Файл службы снова доступен, но, пока его не было, его изменили или заменили. Ваши изменения не записаны поверх: они остаются в программе. Сохраните копию в другое место.</translation>
        </message>
        <message>
            <source>The copy was not saved: {reason}. The changes are still in the program; choose another place.</source>
            <translation>Копия не сохранена: {reason}. Изменения по-прежнему в программе; выберите другое место.</translation>
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
