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
    <context>
        <name>vocabulary</name>
        <message>
            <source>school reconciliation service</source>
            <translation>school reconciliation service</translation>
        </message>
        <message>
            <source>territorial reconciliation service</source>
            <translation>territorial reconciliation service</translation>
        </message>
        <message>
            <source>conflict between participants of educational relations, incl. group conflicts</source>
            <translation>conflict between participants of educational relations, incl. group conflicts</translation>
        </message>
        <message>
            <source>problem situation in a children's, parents' or teachers' community</source>
            <translation>problem situation in a children's, parents' or teachers' community</translation>
        </message>
        <message>
            <source>juvenile crime</source>
            <translation>juvenile crime</translation>
        </message>
        <message>
            <source>socially dangerous act of a minor below the age of criminal responsibility</source>
            <translation>socially dangerous act of a minor below the age of criminal responsibility</translation>
        </message>
        <message>
            <source>administrative offence of a minor causing harm</source>
            <translation>administrative offence of a minor causing harm</translation>
        </message>
        <message>
            <source>family in a difficult life or socially dangerous situation</source>
            <translation>family in a difficult life or socially dangerous situation</translation>
        </message>
        <message>
            <source>violence or abuse in the family against a child</source>
            <translation>violence or abuse in the family against a child</translation>
        </message>
        <message>
            <source>bullying by peers or by teachers</source>
            <translation>bullying by peers or by teachers</translation>
        </message>
        <message>
            <source>multilevel conflict in the escalation stage</source>
            <translation>multilevel conflict in the escalation stage</translation>
        </message>
        <message>
            <source>harm done to a child by teachers or staff</source>
            <translation>harm done to a child by teachers or staff</translation>
        </message>
        <message>
            <source>other situation</source>
            <translation>other situation</translation>
        </message>
        <message>
            <source>restorative mediation</source>
            <translation>restorative mediation</translation>
        </message>
        <message>
            <source>shuttle mediation</source>
            <translation>shuttle mediation</translation>
        </message>
        <message>
            <source>circle of mutual understanding</source>
            <translation>circle of mutual understanding</translation>
        </message>
        <message>
            <source>circle of reconciliation</source>
            <translation>circle of reconciliation</translation>
        </message>
        <message>
            <source>circle of repairing harm</source>
            <translation>circle of repairing harm</translation>
        </message>
        <message>
            <source>circle of support for the victim</source>
            <translation>circle of support for the victim</translation>
        </message>
        <message>
            <source>circle of healing</source>
            <translation>circle of healing</translation>
        </message>
        <message>
            <source>problem-solving circle</source>
            <translation>problem-solving circle</translation>
        </message>
        <message>
            <source>preventive circle</source>
            <translation>preventive circle</translation>
        </message>
        <message>
            <source>school restorative conference</source>
            <translation>school restorative conference</translation>
        </message>
        <message>
            <source>family restorative conference</source>
            <translation>family restorative conference</translation>
        </message>
        <message>
            <source>school-parent council</source>
            <translation>school-parent council</translation>
        </message>
        <message>
            <source>restorative preventive program</source>
            <translation>restorative preventive program</translation>
        </message>
        <message>
            <source>other program</source>
            <translation>other program</translation>
        </message>
        <message>
            <source>school administration</source>
            <translation>school administration</translation>
        </message>
        <message>
            <source>teacher</source>
            <translation>teacher</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>parent</translation>
        </message>
        <message>
            <source>student</source>
            <translation>student</translation>
        </message>
        <message>
            <source>specialist (psychologist, social pedagogue)</source>
            <translation>specialist (psychologist, social pedagogue)</translation>
        </message>
        <message>
            <source>juvenile affairs commission</source>
            <translation>juvenile affairs commission</translation>
        </message>
        <message>
            <source>police juvenile division</source>
            <translation>police juvenile division</translation>
        </message>
        <message>
            <source>court</source>
            <translation>court</translation>
        </message>
        <message>
            <source>social protection</source>
            <translation>social protection</translation>
        </message>
        <message>
            <source>the service itself</source>
            <translation>the service itself</translation>
        </message>
        <message>
            <source>other source</source>
            <translation>other source</translation>
        </message>
        <message>
            <source>offender</source>
            <translation>offender</translation>
        </message>
        <message>
            <source>victim</source>
            <translation>victim</translation>
        </message>
        <message>
            <source>party to the conflict</source>
            <translation>party to the conflict</translation>
        </message>
        <message>
            <source>parent or legal representative</source>
            <translation>parent or legal representative</translation>
        </message>
        <message>
            <source>administration</source>
            <translation>administration</translation>
        </message>
        <message>
            <source>specialist</source>
            <translation>specialist</translation>
        </message>
        <message>
            <source>supporter</source>
            <translation>supporter</translation>
        </message>
        <message>
            <source>other participant</source>
            <translation>other participant</translation>
        </message>
        <message>
            <source>completed with an agreement</source>
            <translation>completed with an agreement</translation>
        </message>
        <message>
            <source>completed without an agreement</source>
            <translation>completed without an agreement</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>stopped</translation>
        </message>
        <message>
            <source>transferred</source>
            <translation>transferred</translation>
        </message>
        <message>
            <source>M1 restorative mediation and organising a service</source>
            <translation>M1 restorative mediation and organising a service</translation>
        </message>
        <message>
            <source>M2 group conflicts: the community circle</source>
            <translation>M2 group conflicts: the community circle</translation>
        </message>
        <message>
            <source>M3 skills of restorative communication</source>
            <translation>M3 skills of restorative communication</translation>
        </message>
        <message>
            <source>M4 difficult cases: conflict with the law</source>
            <translation>M4 difficult cases: conflict with the law</translation>
        </message>
        <message>
            <source>M5 family group conferences</source>
            <translation>M5 family group conferences</translation>
        </message>
        <message>
            <source>M6 school restorative conferences</source>
            <translation>M6 school restorative conferences</translation>
        </message>
        <message>
            <source>M7 multilevel conflicts in escalation: the school-parent council</source>
            <translation>M7 multilevel conflicts in escalation: the school-parent council</translation>
        </message>
    </context>
</TS>
