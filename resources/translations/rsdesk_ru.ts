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
</TS>
