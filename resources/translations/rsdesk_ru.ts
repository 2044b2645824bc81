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
        <name>MainWindow</name>
        <message>
            <source>No service vault is open</source>
            <translation>Хранилище службы не открыто</translation>
        </message>
        <message>
            <source>rsdesk: reconciliation service</source>
            <translation>rsdesk — служба примирения</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Разделы</translation>
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
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;About rsdesk</source>
            <translation>&amp;О программе rsdesk</translation>
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
            <source>The language is applied at once and remembered for the next start.</source>
            <translation>Язык меняется сразу и сохраняется для следующего запуска.</translation>
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
