<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About rsdesk</source>
            <translation>About rsdesk</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>The workplace of a school or territorial reconciliation service: requests and cases, restorative programs step by step, documents, and the yearly statistics for the regional centre. Works without internet; all case data is kept in one encrypted file.</source>
            <translation>The workplace of a school or territorial reconciliation service: requests and cases, restorative programs step by step, documents, and the yearly statistics for the regional centre. Works without internet; all case data is kept in one encrypted file.</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later. The PT Sans font is used under the SIL Open Font License 1.1.</source>
            <translation>Free software under the GNU General Public License, version 3 or later. The PT Sans font is used under the SIL Open Font License 1.1.</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Requests and cases</source>
            <translation>Requests and cases</translation>
        </message>
        <message>
            <source>Requests and the cases that grow from them will be listed here: who turned to the service and why, the decision on each request, the participants, the program and how the work goes. Register the first request when the service's vault is open.</source>
            <translation>Requests and the cases that grow from them will be listed here: who turned to the service and why, the decision on each request, the participants, the program and how the work goes. Register the first request when the service's vault is open.</translation>
        </message>
        <message>
            <source>Programs and meetings</source>
            <translation>Programs and meetings</translation>
        </message>
        <message>
            <source>Restorative programs will be run here step by step: the consent of every party, the meetings with each party, the joint meeting, the agreement and the follow-up. A calendar shows the meetings and follow-ups that are due.</source>
            <translation>Restorative programs will be run here step by step: the consent of every party, the meetings with each party, the joint meeting, the agreement and the follow-up. A calendar shows the meetings and follow-ups that are due.</translation>
        </message>
        <message>
            <source>Mediators</source>
            <translation>Mediators</translation>
        </message>
        <message>
            <source>The service's people will be here: the curator, adult and young mediators, their training (modules M1–M7, the program for young mediators, seminars, supervision and intervision) and which programs each of them may lead.</source>
            <translation>The service's people will be here: the curator, adult and young mediators, their training (modules M1–M7, the program for young mediators, seminars, supervision and intervision) and which programs each of them may lead.</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>The service's yearly figures will be here, and the anonymized statistics file for the regional centre. Before the file is written you see every number that leaves this computer.</source>
            <translation>The service's yearly figures will be here, and the anonymized statistics file for the regional centre. Before the file is written you see every number that leaves this computer.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No service vault is open</source>
            <translation>No service vault is open</translation>
        </message>
        <message>
            <source>rsdesk: reconciliation service</source>
            <translation>rsdesk: reconciliation service</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <source>Requests and cases</source>
            <translation>Requests and cases</translation>
        </message>
        <message>
            <source>Programs and meetings</source>
            <translation>Programs and meetings</translation>
        </message>
        <message>
            <source>Mediators</source>
            <translation>Mediators</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;About rsdesk</source>
            <translation>&amp;About rsdesk</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <source>The language is applied at once and remembered for the next start.</source>
            <translation>The language is applied at once and remembered for the next start.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Workplace of a reconciliation service. Without a command, opens the window.</source>
            <translation>Workplace of a reconciliation service. Without a command, opens the window.</translation>
        </message>
        <message>
            <source>open the application window</source>
            <translation>open the application window</translation>
        </message>
    </context>
</TS>
