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
        <name>AccessDialog</name>
        <message>
            <source>Password for signing in</source>
            <translation>Password for signing in</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repeat it:</translation>
        </message>
        <message>
            <source>&amp;Show the password</source>
            <translation>&amp;Show the password</translation>
        </message>
        <message>
            <source>&amp;Give the password</source>
            <translation>&amp;Give the password</translation>
        </message>
        <message>
            <source>{name}, {role}</source>
            <translation>{name}, {role}</translation>
        </message>
        <message>
            <source>Choose a password and tell it to the person yourself, not in a message. With it they sign in and see what their role allows; at the first sign-in they accept the confidentiality pledge.</source>
            <translation>Choose a password and tell it to the person yourself, not in a message. With it they sign in and see what their role allows; at the first sign-in they accept the confidentiality pledge.</translation>
        </message>
        <message>
            <source>The password they have now stops working.</source>
            <translation>The password they have now stops working.</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>The passwords do not match.</translation>
        </message>
        <message>
            <source>Please wait…</source>
            <translation>Please wait…</translation>
        </message>
        <message>
            <source>The service's file has no room for another password. Take away the access of those who no longer work in the service, then try again.</source>
            <translation>The service's file has no room for another password. Take away the access of those who no longer work in the service, then try again.</translation>
        </message>
    </context>
    <context>
        <name>AgreementPoints</name>
        <message>
            <source>by {date}</source>
            <translation>by {date}</translation>
        </message>
        <message>
            <source>How each point was kept:</source>
            <translation>How each point was kept:</translation>
        </message>
        <message>
            <source>— not marked —</source>
            <translation>— not marked —</translation>
        </message>
        <message>
            <source>Change the points of the agreement</source>
            <translation>Change the points of the agreement</translation>
        </message>
        <message>
            <source>Change a point the parties agreed to change, or correct a mistake. The old and the new wording are kept in the case's history with the reason. A point whose wording stays keeps what was recorded about how it was kept.</source>
            <translation>Change a point the parties agreed to change, or correct a mistake. The old and the new wording are kept in the case's history with the reason. A point whose wording stays keeps what was recorded about how it was kept.</translation>
        </message>
        <message>
            <source>Save the points</source>
            <translation>Save the points</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Points:</translation>
        </message>
        <message>
            <source>&amp;Why they change:</source>
            <translation>&amp;Why they change:</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportButton</name>
        <message>
            <source>annual report {year}.pdf</source>
            <translation>annual report {year}.pdf</translation>
        </message>
        <message>
            <source>Save the annual report</source>
            <translation>Save the annual report</translation>
        </message>
        <message>
            <source>Making the annual report…</source>
            <translation>Making the annual report…</translation>
        </message>
        <message>
            <source>The annual report is saved: {path}</source>
            <translation>The annual report is saved: {path}</translation>
        </message>
        <message>
            <source>The annual report was not saved: {reason}</source>
            <translation>The annual report was not saved: {reason}</translation>
        </message>
        <message>
            <source>Annual &amp;report (PDF)…</source>
            <translation>Annual &amp;report (PDF)…</translation>
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
        <name>AuditDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>the program</source>
            <translation>the program</translation>
        </message>
        <message>
            <source>user no. {id}</source>
            <translation>user no. {id}</translation>
        </message>
        <message>
            <source>case no. {number}</source>
            <translation>case no. {number}</translation>
        </message>
        <message>
            <source>request no. {number}</source>
            <translation>request no. {number}</translation>
        </message>
        <message>
            <source>request (id {id})</source>
            <translation>request (id {id})</translation>
        </message>
        <message>
            <source>roster member no. {id}</source>
            <translation>roster member no. {id}</translation>
        </message>
        <message>
            <source>a training record</source>
            <translation>a training record</translation>
        </message>
        <message>
            <source>the service</source>
            <translation>the service</translation>
        </message>
        <message>
            <source>statistics for {year}</source>
            <translation>statistics for {year}</translation>
        </message>
        <message>
            <source>retention period: {years} (years after closure)</source>
            <translation>retention period: {years} (years after closure)</translation>
        </message>
        <message>
            <source>pledge version {version}</source>
            <translation>pledge version {version}</translation>
        </message>
        <message>
            <source>Problems found in the audit trail: {problems}</source>
            <translation>Problems found in the audit trail: {problems}</translation>
        </message>
        <message>
            <source>The audit trail is intact, no changes found. Entries: {n}.</source>
            <translation>The audit trail is intact, no changes found. Entries: {n}.</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>everyone</translation>
        </message>
        <message>
            <source>the program (retention)</source>
            <translation>the program (retention)</translation>
        </message>
        <message>
            <source>all actions</source>
            <translation>all actions</translation>
        </message>
        <message>
            <source>Shown: {shown} of {total}.</source>
            <translation>Shown: {shown} of {total}.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>t&amp;o:</source>
            <translation>t&amp;o:</translation>
        </message>
        <message>
            <source>&amp;Number or reason:</source>
            <translation>&amp;Number or reason:</translation>
        </message>
        <message>
            <source>e.g. 2026-014</source>
            <translation>e.g. 2026-014</translation>
        </message>
        <message>
            <source>&amp;Reset filters</source>
            <translation>&amp;Reset filters</translation>
        </message>
        <message>
            <source>Corrected values:</source>
            <translation>Corrected values:</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>CaseCard</name>
        <message>
            <source>{n} year old</source>
            <translation>{n} year old</translation>
        </message>
        <message>
            <source>{n} years old (2 to 4)</source>
            <translation>{n} years old (2 to 4)</translation>
        </message>
        <message>
            <source>{n} years old</source>
            <translation>{n} years old</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adult</translation>
        </message>
        <message>
            <source>Waiting for the curator's sign-off: {what} (sent by {who} on {date}).</source>
            <translation>Waiting for the curator's sign-off: {what} (sent by {who} on {date}).</translation>
        </message>
        <message>
            <source>Waiting for the curator's sign-off: {what}.</source>
            <translation>Waiting for the curator's sign-off: {what}.</translation>
        </message>
        <message>
            <source>Until the curator signs it off or returns it, the case can only be read.</source>
            <translation>Until the curator signs it off or returns it, the case can only be read.</translation>
        </message>
    </context>
    <context>
        <name>CaseCardDialog</name>
        <message>
            <source>the case opened on {date}</source>
            <translation>the case opened on {date}</translation>
        </message>
        <message>
            <source>Assign a mediator</source>
            <translation>Assign a mediator</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>&amp;Mediator:</source>
            <translation>&amp;Mediator:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>Take the mediator off the case</source>
            <translation>Take the mediator off the case</translation>
        </message>
        <message>
            <source>{name} ({role}) will no longer work on case No. {number}. Take the mediator off the case?</source>
            <translation>{name} ({role}) will no longer work on case No. {number}. Take the mediator off the case?</translation>
        </message>
        <message>
            <source>The mediator also leaves the programs under way; finished programs keep who led them.</source>
            <translation>The mediator also leaves the programs under way; finished programs keep who led them.</translation>
        </message>
        <message>
            <source>Take off</source>
            <translation>Take off</translation>
        </message>
        <message>
            <source>Plan a follow-up</source>
            <translation>Plan a follow-up</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>&amp;Due on:</source>
            <translation>&amp;Due on:</translation>
        </message>
        <message>
            <source>&amp;What to check:</source>
            <translation>&amp;What to check:</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <source>Mark as closed</source>
            <translation>Mark as closed</translation>
        </message>
        <message>
            <source>&amp;Closed on:</source>
            <translation>&amp;Closed on:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Sign off</translation>
        </message>
        <message>
            <source>Return for re&amp;work…</source>
            <translation>Return for re&amp;work…</translation>
        </message>
        <message>
            <source>Add a partic&amp;ipant…</source>
            <translation>Add a partic&amp;ipant…</translation>
        </message>
        <message>
            <source>Correct the participa&amp;nts…</source>
            <translation>Correct the participa&amp;nts…</translation>
        </message>
        <message>
            <source>&amp;Assign a mediator…</source>
            <translation>&amp;Assign a mediator…</translation>
        </message>
        <message>
            <source>Ta&amp;ke the mediator off…</source>
            <translation>Ta&amp;ke the mediator off…</translation>
        </message>
        <message>
            <source>Correct the description and categor&amp;y…</source>
            <translation>Correct the description and categor&amp;y…</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Participants</translation>
        </message>
        <message>
            <source>&amp;Mediators</source>
            <translation>&amp;Mediators</translation>
        </message>
        <message>
            <source>P&amp;rograms</source>
            <translation>P&amp;rograms</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Timeline</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>&amp;Documents</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up…</source>
            <translation>Plan a &amp;follow-up…</translation>
        </message>
        <message>
            <source>Close the &amp;case…</source>
            <translation>Close the &amp;case…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>Re&amp;open…</translation>
        </message>
        <message>
            <source>De&amp;lete the case…</source>
            <translation>De&amp;lete the case…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Case No. {number}</source>
            <translation>Case No. {number}</translation>
        </message>
        <message>
            <source>Case No. {number}: {category}</source>
            <translation>Case No. {number}: {category}</translation>
        </message>
        <message>
            <source>Status: waiting for the curator's sign-off; opened {opened}, closure dated {closed}.</source>
            <translation>Status: waiting for the curator's sign-off; opened {opened}, closure dated {closed}.</translation>
        </message>
        <message>
            <source>Status: {status}; opened {date}</source>
            <translation>Status: {status}; opened {date}</translation>
        </message>
        <message>
            <source>, closed {date}</source>
            <translation>, closed {date}</translation>
        </message>
        <message>
            <source>; taken from the journal</source>
            <translation>; taken from the journal</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Mediator</source>
            <translation>Mediator</translation>
        </message>
        <message>
            <source>Role in the case</source>
            <translation>Role in the case</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Adults</source>
            <translation>Adults</translation>
        </message>
        <message>
            <source>Minors</source>
            <translation>Minors</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Choose the mediator in the table first.</source>
            <translation>Choose the mediator in the table first.</translation>
        </message>
        <message>
            <source>(done {date})</source>
            <translation>(done {date})</translation>
        </message>
        <message>
            <source>(due)</source>
            <translation>(due)</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>&amp;Deleted cases…</source>
            <translation>&amp;Deleted cases…</translation>
        </message>
        <message>
            <source>Search: number, participant, mediator, situation, description…</source>
            <translation>Search: number, participant, mediator, situation, description…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>All situations</source>
            <translation>All situations</translation>
        </message>
        <message>
            <source>All mediators</source>
            <translation>All mediators</translation>
        </message>
        <message>
            <source>Shown {shown} of {total} cases</source>
            <translation>Shown {shown} of {total} cases</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Mediators</source>
            <translation>Mediators</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>awaiting sign-off</source>
            <translation>awaiting sign-off</translation>
        </message>
        <message>
            <source>The closure awaits the curator's sign-off</source>
            <translation>The closure awaits the curator's sign-off</translation>
        </message>
    </context>
    <context>
        <name>CaseTextDialog</name>
        <message>
            <source>Description and category of case No. {number}</source>
            <translation>Description and category of case No. {number}</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Why is it corrected?</source>
            <translation>&amp;Why is it corrected?</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message>
            <source>The case cannot be opened</source>
            <translation>The case cannot be opened</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>&amp;Requests</source>
            <translation>&amp;Requests</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>&amp;Cases</translation>
        </message>
    </context>
    <context>
        <name>ConfirmKeyPage</name>
        <message>
            <source>Confirm the recovery key</source>
            <translation>Confirm the recovery key</translation>
        </message>
        <message>
            <source>To be sure the key is written down, type two of its groups from your paper (not from the screen: you can go back to it).</source>
            <translation>To be sure the key is written down, type two of its groups from your paper (not from the screen: you can go back to it).</translation>
        </message>
        <message>
            <source>Group {n}:</source>
            <translation>Group {n}:</translation>
        </message>
        <message>
            <source>Compare with the sheet: the letter O reads as 0, I and L — as 1; the other letters and digits must be the same.</source>
            <translation>Compare with the sheet: the letter O reads as 0, I and L — as 1; the other letters and digits must be the same.</translation>
        </message>
        <message>
            <source>Group {n} does not match the key.</source>
            <translation>Group {n} does not match the key.</translation>
        </message>
        <message>
            <source>Groups {first} and {second} do not match the key.</source>
            <translation>Groups {first} and {second} do not match the key.</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <source>Da&amp;te of the talk:</source>
            <translation>Da&amp;te of the talk:</translation>
        </message>
        <message>
            <source>All of this is exp&amp;lained</source>
            <translation>All of this is exp&amp;lained</translation>
        </message>
        <message>
            <source>&amp;Consent given</source>
            <translation>&amp;Consent given</translation>
        </message>
        <message>
            <source>Before asking {name} for consent, explain:</source>
            <translation>Before asking {name} for consent, explain:</translation>
        </message>
        <message>
            <source>✓ Explained and consent given on {date}.</source>
            <translation>✓ Explained and consent given on {date}.</translation>
        </message>
        <message>
            <source>✓ Explained on {date}. Now ask whether they agree to take part.</source>
            <translation>✓ Explained on {date}. Now ask whether they agree to take part.</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>&amp;Keep the case in this service all the same (the curator decides)</source>
            <translation>&amp;Keep the case in this service all the same (the curator decides)</translation>
        </message>
        <message>
            <source>No names: the reason goes into the audit trail.</source>
            <translation>No names: the reason goes into the audit trail.</translation>
        </message>
        <message>
            <source>After this change a school service should transfer the case to a territorial one: {reasons}. If the case stays in this service, tick the box below and write down why.</source>
            <translation>After this change a school service should transfer the case to a territorial one: {reasons}. If the case stays in this service, tick the box below and write down why.</translation>
        </message>
        <message>
            <source>After this change a school service should transfer the case to a territorial one: {reasons}. Only the curator may keep it in the service: ask the curator.</source>
            <translation>After this change a school service should transfer the case to a territorial one: {reasons}. Only the curator may keep it in the service: ask the curator.</translation>
        </message>
    </context>
    <context>
        <name>CreateServiceWizard</name>
        <message>
            <source>Create a reconciliation service</source>
            <translation>Create a reconciliation service</translation>
        </message>
    </context>
    <context>
        <name>CuratorPage</name>
        <message>
            <source>The curator and the password</source>
            <translation>The curator and the password</translation>
        </message>
        <message>
            <source>The password opens every case of the service. Choose one that others cannot guess, and do not write it on the computer.</source>
            <translation>The password opens every case of the service. Choose one that others cannot guess, and do not write it on the computer.</translation>
        </message>
        <message>
            <source>Surname, first name, patronymic</source>
            <translation>Surname, first name, patronymic</translation>
        </message>
        <message>
            <source>C&amp;urator:</source>
            <translation>C&amp;urator:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>R&amp;epeat the password:</source>
            <translation>R&amp;epeat the password:</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Create</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>The passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decision on request {number}</source>
            <translation>Decision on request {number}</translation>
        </message>
        <message>
            <source>the day the request was received</source>
            <translation>the day the request was received</translation>
        </message>
        <message>
            <source>Date of the &amp;decision:</source>
            <translation>Date of the &amp;decision:</translation>
        </message>
        <message>
            <source>&amp;Accept — open a case</source>
            <translation>&amp;Accept — open a case</translation>
        </message>
        <message>
            <source>D&amp;ecline</source>
            <translation>D&amp;ecline</translation>
        </message>
        <message>
            <source>&amp;Transfer to a territorial service</source>
            <translation>&amp;Transfer to a territorial service</translation>
        </message>
        <message>
            <source>&amp;Transfer to a territorial service (suggested)</source>
            <translation>&amp;Transfer to a territorial service (suggested)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>This request has already been decided.</source>
            <translation>This request has already been decided.</translation>
        </message>
        <message>
            <source>Request {number} of {date}</source>
            <translation>Request {number} of {date}</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Referred by:</source>
            <translation>Referred by:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Participants:</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adult</translation>
        </message>
        <message>
            <source>class {name}</source>
            <translation>class {name}</translation>
        </message>
        <message>
            <source>{age} years old</source>
            <translation>{age} years old</translation>
        </message>
        <message>
            <source>&lt;b&gt;This request belongs to a territorial reconciliation service&lt;/b&gt;</source>
            <translation>&lt;b&gt;This request belongs to a territorial reconciliation service&lt;/b&gt;</translation>
        </message>
        <message>
            <source>A school service takes neither offences of minors nor conflicts with the school administration. Transfer is suggested; the curator decides, and the decision is recorded with the request.</source>
            <translation>A school service takes neither offences of minors nor conflicts with the school administration. Transfer is suggested; the curator decides, and the decision is recorded with the request.</translation>
        </message>
        <message>
            <source>Category of the &amp;case:</source>
            <translation>Category of the &amp;case:</translation>
        </message>
        <message>
            <source>The c&amp;urator decides to keep the case in the school service</source>
            <translation>The c&amp;urator decides to keep the case in the school service</translation>
        </message>
        <message>
            <source>Why the service takes it: recorded with the decision</source>
            <translation>Why the service takes it: recorded with the decision</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>e.g. the parties refused to take part</source>
            <translation>e.g. the parties refused to take part</translation>
        </message>
        <message>
            <source>Reas&amp;on for declining:</source>
            <translation>Reas&amp;on for declining:</translation>
        </message>
        <message>
            <source>e.g. territorial reconciliation service of the city centre of psychological help</source>
            <translation>e.g. territorial reconciliation service of the city centre of psychological help</translation>
        </message>
        <message>
            <source>Transferred &amp;to:</source>
            <translation>Transferred &amp;to:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Acce&amp;pt</source>
            <translation>Acce&amp;pt</translation>
        </message>
        <message>
            <source>Decl&amp;ine</source>
            <translation>Decl&amp;ine</translation>
        </message>
        <message>
            <source>Trans&amp;fer</source>
            <translation>Trans&amp;fer</translation>
        </message>
        <message>
            <source>You may read the request; the curator records the decision.</source>
            <translation>You may read the request; the curator records the decision.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Tick the confirmation, or transfer the request instead.</source>
            <translation>Tick the confirmation, or transfer the request instead.</translation>
        </message>
        <message>
            <source>Write why the school service keeps this case.</source>
            <translation>Write why the school service keeps this case.</translation>
        </message>
    </context>
    <context>
        <name>DeletedCasesDialog</name>
        <message>
            <source>Deleted cases</source>
            <translation>Deleted cases</translation>
        </message>
        <message>
            <source>A deleted case is hidden from every list and from the statistics. It can be restored within {days}; then it is erased for good, with its request and documents.</source>
            <translation>A deleted case is hidden from every list and from the statistics. It can be restored within {days}; then it is erased for good, with its request and documents.</translation>
        </message>
        <message>
            <source>day|days</source>
            <translation>day|days</translation>
        </message>
        <message>
            <source>No case is deleted.</source>
            <translation>No case is deleted.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Case No.</source>
            <translation>Case No.</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Deleted on</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>Deleted by</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Erased for good on</source>
            <translation>Erased for good on</translation>
        </message>
        <message>
            <source>Case No. {number} is restored.</source>
            <translation>Case No. {number} is restored.</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <source>Preparing the pages…</source>
            <translation>Preparing the pages…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Printing needs the PDF module of Qt (PySide6-Addons), which is not installed on this computer. Export the document and print the file.</source>
            <translation>Printing needs the PDF module of Qt (PySide6-Addons), which is not installed on this computer. Export the document and print the file.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Pages: {count}</source>
            <translation>Pages: {count}</translation>
        </message>
        <message>
            <source>Page images cannot be drawn on this computer; the text of the document is shown. Export the document to see its layout.</source>
            <translation>Page images cannot be drawn on this computer; the text of the document is shown. Export the document to see its layout.</translation>
        </message>
        <message>
            <source>The document cannot be shown: {reason}</source>
            <translation>The document cannot be shown: {reason}</translation>
        </message>
        <message>
            <source>the printer «{name}» does not accept it.</source>
            <translation>the printer «{name}» does not accept it.</translation>
        </message>
        <message>
            <source>The document was sent to the printer.</source>
            <translation>The document was sent to the printer.</translation>
        </message>
        <message>
            <source>The document could not be printed: {reason}</source>
            <translation>The document could not be printed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>Consents, agreements and reports to the referring body made for this case are kept here, encrypted inside the service file. «Open» shows a document without saving it anywhere; «Export» writes a copy outside the service file.</source>
            <translation>Consents, agreements and reports to the referring body made for this case are kept here, encrypted inside the service file. «Open» shows a document without saving it anywhere; «Export» writes a copy outside the service file.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>&amp;Make…</source>
            <translation>&amp;Make…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>(on paper, no file attached)</source>
            <translation>(on paper, no file attached)</translation>
        </message>
        <message>
            <source>{reason} Documents made now are shown to read or export, not kept here.</source>
            <translation>{reason} Documents made now are shown to read or export, not kept here.</translation>
        </message>
        <message>
            <source>Making «{title}»…</source>
            <translation>Making «{title}»…</translation>
        </message>
        <message>
            <source>Made and saved in the service file: «{title}».</source>
            <translation>Made and saved in the service file: «{title}».</translation>
        </message>
        <message>
            <source>«{title}» is shown and not kept. Export it if you need a copy.</source>
            <translation>«{title}» is shown and not kept. Export it if you need a copy.</translation>
        </message>
        <message>
            <source>The document was not made: {reason}</source>
            <translation>The document was not made: {reason}</translation>
        </message>
        <message>
            <source>Export the document</source>
            <translation>Export the document</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <source>Exported with a password: {path}</source>
            <translation>Exported with a password: {path}</translation>
        </message>
        <message>
            <source>Exported without a password: {path}. Delete it when it is not needed.</source>
            <translation>Exported without a password: {path}. Delete it when it is not needed.</translation>
        </message>
        <message>
            <source>The document was not exported: {reason}</source>
            <translation>The document was not exported: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DrillPage</name>
        <message>
            <source>Working out which cells to hide…</source>
            <translation>Working out which cells to hide…</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Table:</translation>
        </message>
        <message>
            <source>The whole region</source>
            <translation>The whole region</translation>
        </message>
        <message>
            <source>By municipality</source>
            <translation>By municipality</translation>
        </message>
        <message>
            <source>By service</source>
            <translation>By service</translation>
        </message>
        <message>
            <source>Table 1: school services</source>
            <translation>Table 1: school services</translation>
        </message>
        <message>
            <source>Table 2: territorial services</source>
            <translation>Table 2: territorial services</translation>
        </message>
        <message>
            <source>As &amp;published (values below 3 hidden)</source>
            <translation>As &amp;published (values below 3 hidden)</translation>
        </message>
        <message>
            <source>The XLSX and PDF show the tables this way unless «Working tables» is ticked.</source>
            <translation>The XLSX and PDF show the tables this way unless «Working tables» is ticked.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a document</source>
            <translation>Export a document</translation>
        </message>
        <message>
            <source>Document: {title}</source>
            <translation>Document: {title}</translation>
        </message>
        <message>
            <source>&amp;Protect the file with a password</source>
            <translation>&amp;Protect the file with a password</translation>
        </message>
        <message>
            <source>The file is encrypted with AES-256. Tell the password to the recipient by another way than the file itself, for example by phone.</source>
            <translation>The file is encrypted with AES-256. Tell the password to the recipient by another way than the file itself, for example by phone.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Choose a file…</translation>
        </message>
        <message>
            <source>Enter the password twice.</source>
            <translation>Enter the password twice.</translation>
        </message>
        <message>
            <source>Too long for some PDF readers: at most 16 Russian or 32 Latin letters, digits and signs.</source>
            <translation>Too long for some PDF readers: at most 16 Russian or 32 Latin letters, digits and signs.</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>The passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>FileBanner</name>
        <message>
            <source>Save a copy to another place…</source>
            <translation>Save a copy to another place…</translation>
        </message>
        <message>
            <source>The file is open read-only: {reason}. Nothing can be changed in it. To work on it, save a copy to another place and open the copy.</source>
            <translation>The file is open read-only: {reason}. Nothing can be changed in it. To work on it, save a copy to another place and open the copy.</translation>
        </message>
        <message>
            <source>{reason} A copy with every change is saved: {path}. Quitting the program now loses nothing.</source>
            <translation>{reason} A copy with every change is saved: {path}. Quitting the program now loses nothing.</translation>
        </message>
        <message>
            <source>{reason} Save a copy with every change to another place, so that they do not depend on this file.</source>
            <translation>{reason} Save a copy with every change to another place, so that they do not depend on this file.</translation>
        </message>
    </context>
    <context>
        <name>FileSafety</name>
        <message>
            <source>{count} {scans} could not be copied: the folder «{folder}» beside the service file cannot be read now. Once the file is back, copy that folder beside the copy too.</source>
            <translation>{count} {scans} could not be copied: the folder «{folder}» beside the service file cannot be read now. Once the file is back, copy that folder beside the copy too.</translation>
        </message>
        <message>
            <source>scanned document|scanned documents</source>
            <translation>scanned document|scanned documents</translation>
        </message>
        <message>
            <source>The password is changed.</source>
            <translation>The password is changed.</translation>
        </message>
        <message>
            <source>Where to save the encrypted copy (for example, a USB stick)</source>
            <translation>Where to save the encrypted copy (for example, a USB stick)</translation>
        </message>
        <message>
            <source>The encrypted copy is saved: {path}. It opens only with a password of this service.</source>
            <translation>The encrypted copy is saved: {path}. It opens only with a password of this service.</translation>
        </message>
        <message>
            <source>Encrypted copy saved</source>
            <translation>Encrypted copy saved</translation>
        </message>
        <message>
            <source>The copy of the service file is saved:
{path}</source>
            <translation>The copy of the service file is saved:
{path}</translation>
        </message>
        <message>
            <source>The copy is encrypted like the service file itself: it opens only with a password of this service or its recovery key. A lost stick reveals nothing.</source>
            <translation>The copy is encrypted like the service file itself: it opens only with a password of this service or its recovery key. A lost stick reveals nothing.</translation>
        </message>
        <message>
            <source>Save a copy of the service file to another place</source>
            <translation>Save a copy of the service file to another place</translation>
        </message>
        <message>
            <source>rsdesk vault (*.rsdv)</source>
            <translation>rsdesk vault (*.rsdv)</translation>
        </message>
        <message>
            <source>The copy is not saved</source>
            <translation>The copy is not saved</translation>
        </message>
        <message>
            <source>Copy saved</source>
            <translation>Copy saved</translation>
        </message>
        <message>
            <source>A copy of the service file with every change is saved:
{path}</source>
            <translation>A copy of the service file with every change is saved:
{path}</translation>
        </message>
        <message>
            <source>The copy is encrypted and opens with the same passwords. Unlike this file, it can be changed: open it to work on it.</source>
            <translation>The copy is encrypted and opens with the same passwords. Unlike this file, it can be changed: open it to work on it.</translation>
        </message>
        <message>
            <source>&amp;Open the copy</source>
            <translation>&amp;Open the copy</translation>
        </message>
        <message>
            <source>The copy is encrypted and opens with the same passwords. The program keeps trying to save to the file itself; if the file does not come back, quitting now loses nothing: open the copy next time.</source>
            <translation>The copy is encrypted and opens with the same passwords. The program keeps trying to save to the file itself; if the file does not come back, quitting now loses nothing: open the copy next time.</translation>
        </message>
        <message>
            <source>The changes are in the copy</source>
            <translation>The changes are in the copy</translation>
        </message>
        <message>
            <source>The last changes could not be written to the file: {reason}

The copy {path} holds every one of them, so closing now loses nothing.</source>
            <translation>The last changes could not be written to the file: {reason}

The copy {path} holds every one of them, so closing now loses nothing.</translation>
        </message>
        <message>
            <source>&amp;Close the file</source>
            <translation>&amp;Close the file</translation>
        </message>
        <message>
            <source>Changes are not saved</source>
            <translation>Changes are not saved</translation>
        </message>
        <message>
            <source>The last changes could not be saved: {reason}</source>
            <translation>The last changes could not be saved: {reason}</translation>
        </message>
        <message>
            <source>Save a copy with them to another place (a folder on this computer, another stick), or close without them.</source>
            <translation>Save a copy with them to another place (a folder on this computer, another stick), or close without them.</translation>
        </message>
        <message>
            <source>&amp;Save a copy to another place…</source>
            <translation>&amp;Save a copy to another place…</translation>
        </message>
        <message>
            <source>Close and &amp;lose them</source>
            <translation>Close and &amp;lose them</translation>
        </message>
        <message>
            <source>The service file is restored.</source>
            <translation>The service file is restored.</translation>
        </message>
    </context>
    <context>
        <name>HandOver</name>
        <message>
            <source>&amp;Hand the session over to a young mediator…</source>
            <translation>&amp;Hand the session over to a young mediator…</translation>
        </message>
        <message>
            <source>Take the session &amp;back…</source>
            <translation>Take the session &amp;back…</translation>
        </message>
        <message>
            <source>The session is handed over to a young mediator: {young}. Only the adult who handed it over takes it back: {adult}.</source>
            <translation>The session is handed over to a young mediator: {young}. Only the adult who handed it over takes it back: {adult}.</translation>
        </message>
        <message>
            <source>Hand the session over</source>
            <translation>Hand the session over</translation>
        </message>
        <message>
            <source>This year's roster has no young mediators. Add them in «Mediators» first.</source>
            <translation>This year's roster has no young mediators. Add them in «Mediators» first.</translation>
        </message>
        <message>
            <source>The session is not handed over</source>
            <translation>The session is not handed over</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source>Hand the session over</source>
            <translation>Hand the session over</translation>
        </message>
        <message>
            <source>The young mediator works in your session and sees only the cases assigned to them. Stay nearby: only your password takes the session back.</source>
            <translation>The young mediator works in your session and sees only the cases assigned to them. Stay nearby: only your password takes the session back.</translation>
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation>&amp;Hand over</translation>
        </message>
    </context>
    <context>
        <name>ImportsDialog</name>
        <message>
            <source>Imported journals</source>
            <translation>Imported journals</translation>
        </message>
        <message>
            <source>An import can be undone as a whole within {days} of it; after that its records stay for good, as cases kept here do.</source>
            <translation>An import can be undone as a whole within {days} of it; after that its records stay for good, as cases kept here do.</translation>
        </message>
        <message>
            <source>day|days</source>
            <translation>day|days</translation>
        </message>
    </context>
    <context>
        <name>ImportsModel</name>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>undone on {date}</source>
            <translation>undone on {date}</translation>
        </message>
        <message>
            <source>can be undone until {date}</source>
            <translation>can be undone until {date}</translation>
        </message>
        <message>
            <source>for good</source>
            <translation>for good</translation>
        </message>
    </context>
    <context>
        <name>ImportsPanel</name>
        <message>
            <source>No journal has been imported yet.</source>
            <translation>No journal has been imported yet.</translation>
        </message>
        <message>
            <source>&amp;Undo the import…</source>
            <translation>&amp;Undo the import…</translation>
        </message>
        <message>
            <source>This import is undone already.</source>
            <translation>This import is undone already.</translation>
        </message>
        <message>
            <source>The days to undo this import are over: it stays for good.</source>
            <translation>The days to undo this import are over: it stays for good.</translation>
        </message>
        <message>
            <source>request|requests</source>
            <translation>request|requests</translation>
        </message>
        <message>
            <source>Undo the journal import</source>
            <translation>Undo the journal import</translation>
        </message>
        <message>
            <source>&amp;Why is the import of «{file}» undone?</source>
            <translation>&amp;Why is the import of «{file}» undone?</translation>
        </message>
        <message>
            <source>The {rows} this import brought disappear from every list and from the statistics. The reason is kept in the audit trail.</source>
            <translation>The {rows} this import brought disappear from every list and from the statistics. The reason is kept in the audit trail.</translation>
        </message>
        <message>
            <source>No names: the reason goes into the audit trail.</source>
            <translation>No names: the reason goes into the audit trail.</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Undo the import</translation>
        </message>
        <message>
            <source>The import of «{file}» is undone: {rows} taken back.</source>
            <translation>The import of «{file}» is undone: {rows} taken back.</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>How this program goes</source>
            <translation>How this program goes</translation>
        </message>
        <message>
            <source> (may be skipped)</source>
            <translation> (may be skipped)</translation>
        </message>
        <message>
            <source>Stages:</source>
            <translation>Stages:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Participants:</translation>
        </message>
        <message>
            <source>Every step is saved as soon as it is done: you may close the wizard at any moment and continue later from the same stage.</source>
            <translation>Every step is saved as soon as it is done: you may close the wizard at any moment and continue later from the same stage.</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>minor</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>Add to the program</source>
            <translation>Add to the program</translation>
        </message>
        <message>
            <source>Someone of the case the program did not include, for example a second parent you learned of later, takes part from now on. Then explain everything to them and record their consent, as for everyone.</source>
            <translation>Someone of the case the program did not include, for example a second parent you learned of later, takes part from now on. Then explain everything to them and record their consent, as for everyone.</translation>
        </message>
        <message>
            <source>&amp;Whose representative:</source>
            <translation>&amp;Whose representative:</translation>
        </message>
        <message>
            <source>&amp;Who joins the program:</source>
            <translation>&amp;Who joins the program:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>Choose who joins the program.</source>
            <translation>Choose who joins the program.</translation>
        </message>
    </context>
    <context>
        <name>JournalImportDialog</name>
        <message>
            <source>Import a journal: {file}</source>
            <translation>Import a journal: {file}</translation>
        </message>
        <message>
            <source>Requests ({count})</source>
            <translation>Requests ({count})</translation>
        </message>
        <message>
            <source>Errors ({count})</source>
            <translation>Errors ({count})</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>Imported before</translation>
        </message>
        <message>
            <source>Import the journal</source>
            <translation>Import the journal</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>The journal is imported</source>
            <translation>The journal is imported</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Columns of the file</translation>
        </message>
    </context>
    <context>
        <name>JournalMenu</name>
        <message>
            <source>Open the service's file to import a journal.</source>
            <translation>Open the service's file to import a journal.</translation>
        </message>
        <message>
            <source>Choose the journal to import</source>
            <translation>Choose the journal to import</translation>
        </message>
        <message>
            <source>Journals (*.xlsx *.csv);;All files (*)</source>
            <translation>Journals (*.xlsx *.csv);;All files (*)</translation>
        </message>
        <message>
            <source>The journal is not read</source>
            <translation>The journal is not read</translation>
        </message>
        <message>
            <source>The file is too large for a journal: {size} MB (at most {limit} MB). Is it the right file?</source>
            <translation>The file is too large for a journal: {size} MB (at most {limit} MB). Is it the right file?</translation>
        </message>
        <message>
            <source>journal-template.xlsx</source>
            <translation>journal-template.xlsx</translation>
        </message>
        <message>
            <source>Save the journal template</source>
            <translation>Save the journal template</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>The template is not saved</source>
            <translation>The template is not saved</translation>
        </message>
        <message>
            <source>The journal template is saved: {path}</source>
            <translation>The journal template is saved: {path}</translation>
        </message>
        <message>
            <source>Journal template saved</source>
            <translation>Journal template saved</translation>
        </message>
        <message>
            <source>Fill in one row per request; the second sheet lists the values each column takes. Then import it with «File → Import a journal…».</source>
            <translation>Fill in one row per request; the second sheet lists the values each column takes. Then import it with «File → Import a journal…».</translation>
        </message>
        <message>
            <source>There is no permission to use «{path}»: choose another folder.</source>
            <translation>There is no permission to use «{path}»: choose another folder.</translation>
        </message>
        <message>
            <source>The disk is full: free some room or choose another disk.</source>
            <translation>The disk is full: free some room or choose another disk.</translation>
        </message>
        <message>
            <source>There is no such file or folder: «{path}».</source>
            <translation>There is no such file or folder: «{path}».</translation>
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
            <translation>not decided</translation>
        </message>
        <message>
            <source>{count} ({minors} minors)</source>
            <translation>{count} ({minors} minors)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Who made the request</source>
            <translation>Who made the request</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Already imported earlier: it is not added again.</source>
            <translation>Already imported earlier: it is not added again.</translation>
        </message>
        <message>
            <source>This row has an error: see the tab of errors.</source>
            <translation>This row has an error: see the tab of errors.</translation>
        </message>
    </context>
    <context>
        <name>JournalSummary</name>
        <message>
            <source>request|requests</source>
            <translation>request|requests</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>“{name}”</translation>
        </message>
        <message>
            <source>{year}: {requests}</source>
            <translation>{year}: {requests}</translation>
        </message>
        <message>
            <source>{year}: {requests}, {programs}</source>
            <translation>{year}: {requests}, {programs}</translation>
        </message>
        <message>
            <source>completed program|completed programs</source>
            <translation>completed program|completed programs</translation>
        </message>
        <message>
            <source>with an agreement: {count}</source>
            <translation>with an agreement: {count}</translation>
        </message>
        <message>
            <source>stopped: {count}</source>
            <translation>stopped: {count}</translation>
        </message>
        <message>
            <source>The file holds no rows of requests.</source>
            <translation>The file holds no rows of requests.</translation>
        </message>
        <message>
            <source>Nothing will be imported while the file has errors ({errors}): correct them in the file, or choose other columns for the fields below.</source>
            <translation>Nothing will be imported while the file has errors ({errors}): correct them in the file, or choose other columns for the fields below.</translation>
        </message>
        <message>
            <source>error|errors</source>
            <translation>error|errors</translation>
        </message>
        <message>
            <source>Nothing new to import: every row of this file is already in the register.</source>
            <translation>Nothing new to import: every row of this file is already in the register.</translation>
        </message>
        <message>
            <source>{count} will be imported.</source>
            <translation>{count} will be imported.</translation>
        </message>
        <message>
            <source>{count} will be imported: {years}.</source>
            <translation>{count} will be imported: {years}.</translation>
        </message>
        <message>
            <source>This file was already imported on {moment}.</source>
            <translation>This file was already imported on {moment}.</translation>
        </message>
        <message>
            <source>Already imported earlier, and skipped: {rows}.</source>
            <translation>Already imported earlier, and skipped: {rows}.</translation>
        </message>
        <message>
            <source>row|rows</source>
            <translation>row|rows</translation>
        </message>
        <message>
            <source>Facilitators added to the roster for the year they worked in: {names}.</source>
            <translation>Facilitators added to the roster for the year they worked in: {names}.</translation>
        </message>
        <message>
            <source>Columns that are not imported: {columns}.</source>
            <translation>Columns that are not imported: {columns}.</translation>
        </message>
        <message>
            <source>Import {count} from «{file}»?</source>
            <translation>Import {count} from «{file}»?</translation>
        </message>
        <message>
            <source>They become closed, read-only records marked «imported from the journal», and count in the statistics of their years. The whole import can be undone within {days}.</source>
            <translation>They become closed, read-only records marked «imported from the journal», and count in the statistics of their years. The whole import can be undone within {days}.</translation>
        </message>
        <message>
            <source>day|days</source>
            <translation>day|days</translation>
        </message>
        <message>
            <source>{count} imported.</source>
            <translation>{count} imported.</translation>
        </message>
        <message>
            <source>The import can be undone until {date} in «File → Imported journals…».</source>
            <translation>The import can be undone until {date} in «File → Imported journals…».</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…and {count} more.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>rsdesk: reconciliation service</source>
            <translation>rsdesk: reconciliation service</translation>
        </message>
        <message>
            <source>&amp;Create a service…</source>
            <translation>&amp;Create a service…</translation>
        </message>
        <message>
            <source>&amp;Open a vault file…</source>
            <translation>&amp;Open a vault file…</translation>
        </message>
        <message>
            <source>Save an encrypted &amp;copy to a USB stick…</source>
            <translation>Save an encrypted &amp;copy to a USB stick…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <source>&amp;Import a journal…</source>
            <translation>&amp;Import a journal…</translation>
        </message>
        <message>
            <source>Imported &amp;journals…</source>
            <translation>Imported &amp;journals…</translation>
        </message>
        <message>
            <source>Journal &amp;template…</source>
            <translation>Journal &amp;template…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
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
            <source>&amp;About rsdesk</source>
            <translation>&amp;About rsdesk</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Areas</translation>
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
            <source>Read and accept the confidentiality pledge to start working with the service's cases.</source>
            <translation>Read and accept the confidentiality pledge to start working with the service's cases.</translation>
        </message>
        <message>
            <source>The program could not restart itself after locking. Close it and start it again before leaving the computer.</source>
            <translation>The program could not restart itself after locking. Close it and start it again before leaving the computer.</translation>
        </message>
        <message>
            <source>No service vault is open</source>
            <translation>No service vault is open</translation>
        </message>
        <message>
            <source>Saving failed: {reason} The changes are kept in memory and saving will be retried.</source>
            <translation>Saving failed: {reason} The changes are kept in memory and saving will be retried.</translation>
        </message>
        <message>
            <source>The service file is not opened</source>
            <translation>The service file is not opened</translation>
        </message>
        <message>
            <source>Open a vault file</source>
            <translation>Open a vault file</translation>
        </message>
        <message>
            <source>rsdesk vault (*.rsdv);;All files (*)</source>
            <translation>rsdesk vault (*.rsdv);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>MappingPanel</name>
        <message>
            <source>In the template: «{header}»</source>
            <translation>In the template: «{header}»</translation>
        </message>
        <message>
            <source>* required. The day the program ended and its outcome are needed in every row that names a program.</source>
            <translation>* required. The day the program ended and its outcome are needed in every row that names a program.</translation>
        </message>
        <message>
            <source>— choose a column —</source>
            <translation>— choose a column —</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— none —</translation>
        </message>
    </context>
    <context>
        <name>MediatorDialog</name>
        <message>
            <source>Mediator</source>
            <translation>Mediator</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>surname, first name, patronymic</source>
            <translation>surname, first name, patronymic</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Class:</source>
            <translation>&amp;Class:</translation>
        </message>
        <message>
            <source>for example 8A</source>
            <translation>for example 8A</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <source>for example school psychologist</source>
            <translation>for example school psychologist</translation>
        </message>
        <message>
            <source>&amp;Contacts:</source>
            <translation>&amp;Contacts:</translation>
        </message>
        <message>
            <source>phone, e-mail</source>
            <translation>phone, e-mail</translation>
        </message>
        <message>
            <source>Adults of the service see the contacts; young mediators do not.</source>
            <translation>Adults of the service see the contacts; young mediators do not.</translation>
        </message>
        <message>
            <source>Works in the service &amp;since:</source>
            <translation>Works in the service &amp;since:</translation>
        </message>
        <message>
            <source>No &amp;longer works in the service; the last year of work:</source>
            <translation>No &amp;longer works in the service; the last year of work:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>A person is on the service's roster every year from the first year of work until they leave: no year needs adding in January. The yearly statistics count by this rule.</source>
            <translation>A person is on the service's roster every year from the first year of work until they leave: no year needs adding in January. The yearly statistics count by this rule.</translation>
        </message>
        <message>
            <source>curator of the service</source>
            <translation>curator of the service</translation>
        </message>
        <message>
            <source>New mediator</source>
            <translation>New mediator</translation>
        </message>
        <message>
            <source>Edit mediator</source>
            <translation>Edit mediator</translation>
        </message>
        <message>
            <source>A break in the work: {years} (these years are not counted)</source>
            <translation>A break in the work: {years} (these years are not counted)</translation>
        </message>
        <message>
            <source>Clear the mark if the person worked in the service in those years too.</source>
            <translation>Clear the mark if the person worked in the service in those years too.</translation>
        </message>
    </context>
    <context>
        <name>MediatorsArea</name>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Add mediator…</source>
            <translation>&amp;Add mediator…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Add &amp;training…</source>
            <translation>Add &amp;training…</translation>
        </message>
        <message>
            <source>Edit the &amp;record…</source>
            <translation>Edit the &amp;record…</translation>
        </message>
        <message>
            <source>&amp;Delete the record…</source>
            <translation>&amp;Delete the record…</translation>
        </message>
        <message>
            <source>Ro&amp;ster</source>
            <translation>Ro&amp;ster</translation>
        </message>
        <message>
            <source>&amp;Who may lead what</source>
            <translation>&amp;Who may lead what</translation>
        </message>
        <message>
            <source>✓ may lead · ⚠ may lead, but the module named is not completed: a warning the curator may override · ✗ not allowed: young mediators only co-mediate restorative mediation beside an adult. Point at a cell or select it to see why.</source>
            <translation>✓ may lead · ⚠ may lead, but the module named is not completed: a warning the curator may override · ✗ not allowed: young mediators only co-mediate restorative mediation beside an adult. Point at a cell or select it to see why.</translation>
        </message>
        <message>
            <source>all years</source>
            <translation>all years</translation>
        </message>
        <message>
            <source>Only the curator changes the service's roster.</source>
            <translation>Only the curator changes the service's roster.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Training of {name}</source>
            <translation>Training of {name}</translation>
        </message>
        <message>
            <source>Everyone: {adults} adult, {young} young</source>
            <translation>Everyone: {adults} adult, {young} young</translation>
        </message>
        <message>
            <source>Served in {year}: {adults} adult, {young} young</source>
            <translation>Served in {year}: {adults} adult, {young} young</translation>
        </message>
        <message>
            <source>Delete the training record</source>
            <translation>Delete the training record</translation>
        </message>
        <message>
            <source>Delete this training record?</source>
            <translation>Delete this training record?</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Keep</translation>
        </message>
        <message>
            <source>The record is not deleted</source>
            <translation>The record is not deleted</translation>
        </message>
    </context>
    <context>
        <name>OutcomePage</name>
        <message>
            <source>Outcome of the program</source>
            <translation>Outcome of the program</translation>
        </message>
        <message>
            <source>Ended on {date}.</source>
            <translation>Ended on {date}.</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <source>Declined to take part: {name}.</source>
            <translation>Declined to take part: {name}.</translation>
        </message>
        <message>
            <source>The case was handed over to another facilitator: {name}.</source>
            <translation>The case was handed over to another facilitator: {name}.</translation>
        </message>
        <message>
            <source>The case was transferred to: {service}.</source>
            <translation>The case was transferred to: {service}.</translation>
        </message>
        <message>
            <source>Took part in meetings: adults {adults}, minors {minors}.</source>
            <translation>Took part in meetings: adults {adults}, minors {minors}.</translation>
        </message>
        <message>
            <source>Check-up on the agreement: {date}.</source>
            <translation>Check-up on the agreement: {date}.</translation>
        </message>
        <message>
            <source>The referring body learns only the result: whether the program took place, whether there is an agreement and whether it is kept.</source>
            <translation>The referring body learns only the result: whether the program took place, whether there is an agreement and whether it is kept.</translation>
        </message>
        <message>
            <source>The agreement has been sent to the curator for approval.</source>
            <translation>The agreement has been sent to the curator for approval.</translation>
        </message>
        <message>
            <source>The curator has approved the agreement.</source>
            <translation>The curator has approved the agreement.</translation>
        </message>
        <message>
            <source>The curator returned the agreement for rework; see the curator's reason in the case.</source>
            <translation>The curator returned the agreement for rework; see the curator's reason in the case.</translation>
        </message>
        <message>
            <source>No new step can be taken in a finished program. Until the case is closed, what was recorded can still be corrected: click the stage in the list of stages and press «Correct…».</source>
            <translation>No new step can be taken in a finished program. Until the case is closed, what was recorded can still be corrected: click the stage in the list of stages and press «Correct…».</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsDialog</name>
        <message>
            <source>Participants of case No. {number}</source>
            <translation>Participants of case No. {number}</translation>
        </message>
        <message>
            <source>Add a person you learned of later, correct a name, class or age, or remove a person entered by mistake. Whoever takes part in a program stays in the case; the program adds people in its own guide.</source>
            <translation>Add a person you learned of later, correct a name, class or age, or remove a person entered by mistake. Whoever takes part in a program stays in the case; the program adds people in its own guide.</translation>
        </message>
        <message>
            <source>&amp;Why (if it is a correction):</source>
            <translation>&amp;Why (if it is a correction):</translation>
        </message>
        <message>
            <source>&amp;Why does the case stay in this service?</source>
            <translation>&amp;Why does the case stay in this service?</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsEditor</name>
        <message>
            <source>Surname and name</source>
            <translation>Surname and name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Minor or adult</source>
            <translation>Minor or adult</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>&amp;Add participant</translation>
        </message>
        <message>
            <source>Re&amp;move participant</source>
            <translation>Re&amp;move participant</translation>
        </message>
        <message>
            <source>F2 or typing edits a cell, Enter confirms; Insert adds a row, Delete removes it.</source>
            <translation>F2 or typing edits a cell, Enter confirms; Insert adds a row, Delete removes it.</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adult</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>minor or adult</source>
            <translation>minor or adult</translation>
        </message>
        <message>
            <source>class</source>
            <translation>class</translation>
        </message>
        <message>
            <source>age</source>
            <translation>age</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {message}</source>
            <translation>Row {row}, {column}: {message}</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repeat it:</translation>
        </message>
        <message>
            <source>Set a new password with the recovery key</source>
            <translation>Set a new password with the recovery key</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>Recovery &amp;key:</translation>
        </message>
        <message>
            <source>the groups from the paper sheet</source>
            <translation>the groups from the paper sheet</translation>
        </message>
        <message>
            <source>Type the recovery key printed when the service was created, then choose a new password. The old password stops working.</source>
            <translation>Type the recovery key printed when the service was created, then choose a new password. The old password stops working.</translation>
        </message>
        <message>
            <source>Only your key slot is rewritten; the cases stay as they are.</source>
            <translation>Only your key slot is rewritten; the cases stay as they are.</translation>
        </message>
        <message>
            <source>&amp;Set the new password</source>
            <translation>&amp;Set the new password</translation>
        </message>
        <message>
            <source>&amp;Change the password</source>
            <translation>&amp;Change the password</translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>The passwords do not match.</translation>
        </message>
        <message>
            <source>Please wait…</source>
            <translation>Please wait…</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>Participants and consent</source>
            <translation>Participants and consent</translation>
        </message>
        <message>
            <source>Everyone who takes part must hear what the restorative approach is and what legal consequences taking part may have, and then agree; for a minor, their parent or legal representative agrees too. Choose a person to record it.</source>
            <translation>Everyone who takes part must hear what the restorative approach is and what legal consequences taking part may have, and then agree; for a minor, their parent or legal representative agrees too. Choose a person to record it.</translation>
        </message>
        <message>
            <source>Choose a participant in the table to record what was explained to them.</source>
            <translation>Choose a participant in the table to record what was explained to them.</translation>
        </message>
        <message>
            <source>A&amp;dd to the program…</source>
            <translation>A&amp;dd to the program…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>In the case but not in the program: {names}.</source>
            <translation>In the case but not in the program: {names}.</translation>
        </message>
        <message>
            <source>Everyone of the case takes part. To add someone new, add them to the case in its card first.</source>
            <translation>Everyone of the case takes part. To add someone new, add them to the case in its card first.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTable</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>Explained</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Stage held</source>
            <translation>Stage held</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
    </context>
    <context>
        <name>PlanMeetingDialog</name>
        <message>
            <source>Plan a meeting</source>
            <translation>Plan a meeting</translation>
        </message>
        <message>
            <source>The meeting «{title}» goes into the agenda of the programs area. Once the stage is recorded, the planned meeting is marked as held. The note is for the place or what to bring: nothing the participants said belongs in it.</source>
            <translation>The meeting «{title}» goes into the agenda of the programs area. Once the stage is recorded, the planned meeting is marked as held. The note is for the place or what to bring: nothing the participants said belongs in it.</translation>
        </message>
        <message>
            <source>Plan the meeting</source>
            <translation>Plan the meeting</translation>
        </message>
        <message>
            <source>e.g. 14:30 (may stay empty)</source>
            <translation>e.g. 14:30 (may stay empty)</translation>
        </message>
        <message>
            <source>e.g. room 12, after the lessons</source>
            <translation>e.g. room 12, after the lessons</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <source>&amp;With whom:</source>
            <translation>&amp;With whom:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
    </context>
    <context>
        <name>PledgeDialog</name>
        <message>
            <source>I keep confidential everything the participants of the programs say and everything I learn about them and their families in the work of the service. I tell it to nobody outside the program: not to classmates, colleagues, friends or my own family, neither now nor after I leave the service.</source>
            <translation>I keep confidential everything the participants of the programs say and everything I learn about them and their families in the work of the service. I tell it to nobody outside the program: not to classmates, colleagues, friends or my own family, neither now nor after I leave the service.</translation>
        </message>
        <message>
            <source>There is one exception: a threat to someone's life or health, or a crime committed or being prepared. Then I tell the curator of the service at once (a young mediator tells the adult co-mediator or the curator), and the curator informs those the law requires. I warn the participants of this exception before the program begins.</source>
            <translation>There is one exception: a threat to someone's life or health, or a crime committed or being prepared. Then I tell the curator of the service at once (a young mediator tells the adult co-mediator or the curator), and the curator informs those the law requires. I warn the participants of this exception before the program begins.</translation>
        </message>
        <message>
            <source>I do not take case data out of the program: I do not photograph the screen and do not copy the data onto paper, into messengers, e-mail, cloud storage or other files. Documents are printed or saved only through the program and only for the work of the service.</source>
            <translation>I do not take case data out of the program: I do not photograph the screen and do not copy the data onto paper, into messengers, e-mail, cloud storage or other files. Documents are printed or saved only through the program and only for the work of the service.</translation>
        </message>
        <message>
            <source>Whenever I leave the computer, even for a minute, I lock the program (Ctrl+L) or the computer. I tell nobody my password and do not write it down where others may find it.</source>
            <translation>Whenever I leave the computer, even for a minute, I lock the program (Ctrl+L) or the computer. I tell nobody my password and do not write it down where others may find it.</translation>
        </message>
        <message>
            <source>I open only the cases I work on and use what I learn only for the work of the service. The program records who opened which case.</source>
            <translation>I open only the cases I work on and use what I learn only for the work of the service. The program records who opened which case.</translation>
        </message>
        <message>
            <source>When I leave the service, I tell the curator so that my access is closed. The pledge stays in force after I leave.</source>
            <translation>When I leave the service, I tell the curator so that my access is closed. The pledge stays in force after I leave.</translation>
        </message>
        <message>
            <source>Confidentiality pledge</source>
            <translation>Confidentiality pledge</translation>
        </message>
        <message>
            <source>You signed in as {user}. Restorative programs work only when the participants trust that what they say stays with the mediators. Before you start, read the pledge and accept it; the date is recorded in the audit trail.</source>
            <translation>You signed in as {user}. Restorative programs work only when the participants trust that what they say stays with the mediators. Before you start, read the pledge and accept it; the date is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>I have &amp;read and accept the pledge</source>
            <translation>I have &amp;read and accept the pledge</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <source>&amp;Decline and lock</source>
            <translation>&amp;Decline and lock</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
    </context>
    <context>
        <name>ProgramButtons</name>
        <message>
            <source>Start a pro&amp;gram…</source>
            <translation>Start a pro&amp;gram…</translation>
        </message>
        <message>
            <source>Contin&amp;ue the program</source>
            <translation>Contin&amp;ue the program</translation>
        </message>
        <message>
            <source>Vi&amp;ew the program</source>
            <translation>Vi&amp;ew the program</translation>
        </message>
        <message>
            <source>Op&amp;en the program</source>
            <translation>Op&amp;en the program</translation>
        </message>
        <message>
            <source>{program} (finished)</source>
            <translation>{program} (finished)</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>A participant refuses</source>
            <translation>A participant refuses</translation>
        </message>
        <message>
            <source>Anyone may refuse to take part at any stage, and nobody has to explain it at length. Thank them and write down what they said. The program stops.</source>
            <translation>Anyone may refuse to take part at any stage, and nobody has to explain it at length. Thank them and write down what they said. The program stops.</translation>
        </message>
        <message>
            <source>Record the refusal and stop the program</source>
            <translation>Record the refusal and stop the program</translation>
        </message>
        <message>
            <source>— choose who refuses —</source>
            <translation>— choose who refuses —</translation>
        </message>
        <message>
            <source>&amp;Who refuses:</source>
            <translation>&amp;Who refuses:</translation>
        </message>
        <message>
            <source>&amp;Reason, in their words:</source>
            <translation>&amp;Reason, in their words:</translation>
        </message>
        <message>
            <source>D&amp;ate of the refusal:</source>
            <translation>D&amp;ate of the refusal:</translation>
        </message>
        <message>
            <source>Choose who refuses.</source>
            <translation>Choose who refuses.</translation>
        </message>
        <message>
            <source>The mediator stops or passes on the program</source>
            <translation>The mediator stops or passes on the program</translation>
        </message>
        <message>
            <source>The mediator may decline to continue, hand the case to another facilitator (the program then counts as stopped), or transfer it to another service, for example a territorial one (the program counts as transferred).</source>
            <translation>The mediator may decline to continue, hand the case to another facilitator (the program then counts as stopped), or transfer it to another service, for example a territorial one (the program counts as transferred).</translation>
        </message>
        <message>
            <source>Record and end the program</source>
            <translation>Record and end the program</translation>
        </message>
        <message>
            <source>&amp;Stop the program</source>
            <translation>&amp;Stop the program</translation>
        </message>
        <message>
            <source>&amp;Hand over to another facilitator</source>
            <translation>&amp;Hand over to another facilitator</translation>
        </message>
        <message>
            <source>&amp;Transfer to another service</source>
            <translation>&amp;Transfer to another service</translation>
        </message>
        <message>
            <source>What happens:</source>
            <translation>What happens:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>D&amp;ate:</translation>
        </message>
        <message>
            <source>To &amp;which service the case goes:</source>
            <translation>To &amp;which service the case goes:</translation>
        </message>
        <message>
            <source>e.g. the territorial reconciliation service</source>
            <translation>e.g. the territorial reconciliation service</translation>
        </message>
        <message>
            <source>To &amp;which facilitator the case goes:</source>
            <translation>To &amp;which facilitator the case goes:</translation>
        </message>
        <message>
            <source>Full name of the facilitator</source>
            <translation>Full name of the facilitator</translation>
        </message>
        <message>
            <source>Write to whom the case goes.</source>
            <translation>Write to whom the case goes.</translation>
        </message>
        <message>
            <source>a threat to life</source>
            <translation>a threat to life</translation>
        </message>
        <message>
            <source>a possible crime</source>
            <translation>a possible crime</translation>
        </message>
        <message>
            <source>Exception from confidentiality</source>
            <translation>Exception from confidentiality</translation>
        </message>
        <message>
            <source>What is said in a program stays between its participants. The one exception is information about a threat to life or a possible crime. Before passing it on, tell the participants that it will be disclosed and to whom. This record stays in the case and is never part of any report, statistics or export.</source>
            <translation>What is said in a program stays between its participants. The one exception is information about a threat to life or a possible crime. Before passing it on, tell the participants that it will be disclosed and to whom. This record stays in the case and is never part of any report, statistics or export.</translation>
        </message>
        <message>
            <source>Record the exception</source>
            <translation>Record the exception</translation>
        </message>
        <message>
            <source>&amp;What it is about:</source>
            <translation>&amp;What it is about:</translation>
        </message>
        <message>
            <source>W&amp;hen it became known:</source>
            <translation>W&amp;hen it became known:</translation>
        </message>
        <message>
            <source>Participants &amp;told beforehand:</source>
            <translation>Participants &amp;told beforehand:</translation>
        </message>
        <message>
            <source>&amp;Disclosed to:</source>
            <translation>&amp;Disclosed to:</translation>
        </message>
        <message>
            <source>Skip the stage</source>
            <translation>Skip the stage</translation>
        </message>
        <message>
            <source>The stage «{title}» may be left out, for example when the parties did not reach an agreement. Write down why.</source>
            <translation>The stage «{title}» may be left out, for example when the parties did not reach an agreement. Write down why.</translation>
        </message>
        <message>
            <source>The curator's permission</source>
            <translation>The curator's permission</translation>
        </message>
        <message>
            <source>{warnings}

The curator may allow the program to go ahead anyway, for example with an experienced co-facilitator or under supervision. The permission and its reason are recorded.</source>
            <translation>{warnings}

The curator may allow the program to go ahead anyway, for example with an experienced co-facilitator or under supervision. The permission and its reason are recorded.</translation>
        </message>
        <message>
            <source>Allow and record</source>
            <translation>Allow and record</translation>
        </message>
        <message>
            <source>&amp;Curator:</source>
            <translation>&amp;Curator:</translation>
        </message>
    </context>
    <context>
        <name>ProgramFields</name>
        <message>
            <source>&amp;Add a point</source>
            <translation>&amp;Add a point</translation>
        </message>
        <message>
            <source>What they will do</source>
            <translation>What they will do</translation>
        </message>
        <message>
            <source>By:</source>
            <translation>By:</translation>
        </message>
        <message>
            <source>Remove the point</source>
            <translation>Remove the point</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>Who:</translation>
        </message>
        <message>
            <source>Does what:</source>
            <translation>Does what:</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
    </context>
    <context>
        <name>ProgramWizard</name>
        <message>
            <source>the day the request came in</source>
            <translation>the day the request came in</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>The program is completed with an agreement.</source>
            <translation>The program is completed with an agreement.</translation>
        </message>
        <message>
            <source>The program is completed without an agreement.</source>
            <translation>The program is completed without an agreement.</translation>
        </message>
        <message>
            <source>The program was stopped.</source>
            <translation>The program was stopped.</translation>
        </message>
        <message>
            <source>The program was transferred to another service.</source>
            <translation>The program was transferred to another service.</translation>
        </message>
        <message>
            <source>{program}: case No. {number}</source>
            <translation>{program}: case No. {number}</translation>
        </message>
        <message>
            <source>{title} (read only)</source>
            <translation>{title} (read only)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Read only: {reason}</source>
            <translation>Read only: {reason}</translation>
        </message>
        <message>
            <source>&amp;Participants and consent…</source>
            <translation>&amp;Participants and consent…</translation>
        </message>
        <message>
            <source>A participant re&amp;fuses…</source>
            <translation>A participant re&amp;fuses…</translation>
        </message>
        <message>
            <source>&amp;Mediator stops or passes on…</source>
            <translation>&amp;Mediator stops or passes on…</translation>
        </message>
        <message>
            <source>Confidentiality e&amp;xception…</source>
            <translation>Confidentiality e&amp;xception…</translation>
        </message>
        <message>
            <source>C&amp;urator's permission…</source>
            <translation>C&amp;urator's permission…</translation>
        </message>
        <message>
            <source>Stages:</source>
            <translation>Stages:</translation>
        </message>
        <message>
            <source>Click to open the stage and correct it if need be.</source>
            <translation>Click to open the stage and correct it if need be.</translation>
        </message>
    </context>
    <context>
        <name>ProgramsArea</name>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Where it stands</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Facilitators</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>not started yet</source>
            <translation>not started yet</translation>
        </message>
        <message>
            <source>case No. {number}</source>
            <translation>case No. {number}</translation>
        </message>
        <message>
            <source>recorded without the step-by-step guide</source>
            <translation>recorded without the step-by-step guide</translation>
        </message>
        <message>
            <source>ready to close</source>
            <translation>ready to close</translation>
        </message>
        <message>
            <source>{stage} (left: {count})</source>
            <translation>{stage} (left: {count})</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Next weeks</source>
            <translation>Next weeks</translation>
        </message>
        <message>
            <source>Meetings still without a date</source>
            <translation>Meetings still without a date</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>follow-up</translation>
        </message>
        <message>
            <source>planned meeting</source>
            <translation>planned meeting</translation>
        </message>
        <message>
            <source>Meeting: {what}</source>
            <translation>Meeting: {what}</translation>
        </message>
        <message>
            <source>with {names}</source>
            <translation>with {names}</translation>
        </message>
        <message>
            <source>Programs and meetings</source>
            <translation>Programs and meetings</translation>
        </message>
        <message>
            <source>Programs under way:</source>
            <translation>Programs under way:</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>&amp;Start a program…</source>
            <translation>&amp;Start a program…</translation>
        </message>
        <message>
            <source>Agenda: planned meetings, follow-ups due and meetings to arrange</source>
            <translation>Agenda: planned meetings, follow-ups due and meetings to arrange</translation>
        </message>
        <message>
            <source>No program is under way. Start one for an open case here or from the case card.</source>
            <translation>No program is under way. Start one for an open case here or from the case card.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>the case was closed on {date}</source>
            <translation>the case was closed on {date}</translation>
        </message>
        <message>
            <source>Reopen the case</source>
            <translation>Reopen the case</translation>
        </message>
        <message>
            <source>&amp;Why is case No. {number} reopened?</source>
            <translation>&amp;Why is case No. {number} reopened?</translation>
        </message>
        <message>
            <source>The case becomes open again and can be changed. The reason is kept in the case's timeline and in the audit trail.</source>
            <translation>The case becomes open again and can be changed. The reason is kept in the case's timeline and in the audit trail.</translation>
        </message>
        <message>
            <source>No names: the reason goes into the audit trail.</source>
            <translation>No names: the reason goes into the audit trail.</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Reopened &amp;on:</source>
            <translation>Reopened &amp;on:</translation>
        </message>
        <message>
            <source>Return for rework</source>
            <translation>Return for rework</translation>
        </message>
        <message>
            <source>&amp;What should be redone? ({what}, case No. {number})</source>
            <translation>&amp;What should be redone? ({what}, case No. {number})</translation>
        </message>
        <message>
            <source>A returned closure opens the case again, and the reason appears in its timeline.</source>
            <translation>A returned closure opens the case again, and the reason appears in its timeline.</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Delete the case</source>
            <translation>Delete the case</translation>
        </message>
        <message>
            <source>&amp;Why is case No. {number} deleted?</source>
            <translation>&amp;Why is case No. {number} deleted?</translation>
        </message>
        <message>
            <source>The case and its request disappear from every list and from the statistics. The curator can restore it within {days} days; after that it is erased for good.</source>
            <translation>The case and its request disappear from every list and from the statistics. The curator can restore it within {days} days; after that it is erased for good.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <source>The recovery key</source>
            <translation>The recovery key</translation>
        </message>
        <message>
            <source>Creating the encrypted vault… This takes a few seconds.</source>
            <translation>Creating the encrypted vault… This takes a few seconds.</translation>
        </message>
        <message>
            <source>The vault is created. Write this key down on paper now and keep it in a safe place. It is shown only once.</source>
            <translation>The vault is created. Write this key down on paper now and keep it in a safe place. It is shown only once.</translation>
        </message>
        <message>
            <source>If the password is forgotten, this key is the only way to open the service's cases. Without both, nobody — not even the developers — can recover them.</source>
            <translation>If the password is forgotten, this key is the only way to open the service's cases. Without both, nobody — not even the developers — can recover them.</translation>
        </message>
        <message>
            <source>The vault was not created: {reason}</source>
            <translation>The vault was not created: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheetSaver</name>
        <message>
            <source>Save the recovery key sheet for printing</source>
            <translation>Save the recovery key sheet for printing</translation>
        </message>
        <message>
            <source>recovery key.pdf</source>
            <translation>recovery key.pdf</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <source>Saved: {path}. Print it now, then delete the file.</source>
            <translation>Saved: {path}. Print it now, then delete the file.</translation>
        </message>
        <message>
            <source>The sheet was not saved: {reason}</source>
            <translation>The sheet was not saved: {reason}</translation>
        </message>
        <message>
            <source>&amp;Save the key sheet (PDF)…</source>
            <translation>&amp;Save the key sheet (PDF)…</translation>
        </message>
        <message>
            <source>The sheet holds the key in plain view. Print it at once and delete the file (and empty the recycle bin): a copy left on a computer or a USB stick opens every case of the service.</source>
            <translation>The sheet holds the key in plain view. Print it at once and delete the file (and empty the recycle bin): a copy left on a computer or a USB stick opens every case of the service.</translation>
        </message>
    </context>
    <context>
        <name>RegionalPanel</name>
        <message>
            <source>Choose the services' statistics files</source>
            <translation>Choose the services' statistics files</translation>
        </message>
        <message>
            <source>Statistics files (*{suffix} *.json);;All files (*)</source>
            <translation>Statistics files (*{suffix} *.json);;All files (*)</translation>
        </message>
        <message>
            <source>Choose a folder with statistics files</source>
            <translation>Choose a folder with statistics files</translation>
        </message>
        <message>
            <source>Checking the signatures and adding up…</source>
            <translation>Checking the signatures and adding up…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>No file was accepted: see the Files tab for the reasons.</source>
            <translation>No file was accepted: see the Files tab for the reasons.</translation>
        </message>
        <message>
            <source>Stopped. The tables shown are from the last summary.</source>
            <translation>Stopped. The tables shown are from the last summary.</translation>
        </message>
        <message>
            <source>Adding up each year…</source>
            <translation>Adding up each year…</translation>
        </message>
        <message>
            <source>The years are side by side on «Over the years».</source>
            <translation>The years are side by side on «Over the years».</translation>
        </message>
        <message>
            <source>regional-summary-{year}</source>
            <translation>regional-summary-{year}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the regional summary</source>
            <translation>Save the regional summary</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <source>&amp;Statistics files of the services (files or folders to search):</source>
            <translation>&amp;Statistics files of the services (files or folders to search):</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Add &amp;files…</translation>
        </message>
        <message>
            <source>Add a f&amp;older…</source>
            <translation>Add a f&amp;older…</translation>
        </message>
        <message>
            <source>&amp;Remove from the list</source>
            <translation>&amp;Remove from the list</translation>
        </message>
        <message>
            <source>Only the &amp;year:</source>
            <translation>Only the &amp;year:</translation>
        </message>
        <message>
            <source>Without a year, the summary is made for the year most files carry.</source>
            <translation>Without a year, the summary is made for the year most files carry.</translation>
        </message>
        <message>
            <source>&amp;Add up</source>
            <translation>&amp;Add up</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>S&amp;top</translation>
        </message>
        <message>
            <source>Save &amp;XLSX…</source>
            <translation>Save &amp;XLSX…</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>Save &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Working tables</source>
            <translation>&amp;Working tables</translation>
        </message>
        <message>
            <source>Exact figures for the regional centre, not for publication. Unticked, values below 3 of one municipality or one service are hidden as «&lt;3».</source>
            <translation>Exact figures for the regional centre, not for publication. Unticked, values below 3 of one municipality or one service are hidden as «&lt;3».</translation>
        </message>
        <message>
            <source>Registry of ser&amp;vices…</source>
            <translation>Registry of ser&amp;vices…</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>%v of %m files</translation>
        </message>
        <message>
            <source>Add the files the services sent, or a folder with them, and press «Add up». Every file's signature is checked; a file that fails is listed with the reason and never counted.</source>
            <translation>Add the files the services sent, or a folder with them, and press «Add up». Every file's signature is checked; a file that fails is listed with the reason and never counted.</translation>
        </message>
    </context>
    <context>
        <name>RegionalResults</name>
        <message>
            <source>School services: completed programs by kind</source>
            <translation>School services: completed programs by kind</translation>
        </message>
        <message>
            <source>Territorial services: completed programs by category of case</source>
            <translation>Territorial services: completed programs by category of case</translation>
        </message>
        <message>
            <source>Territorial services: completed programs by type</source>
            <translation>Territorial services: completed programs by type</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>no file</source>
            <translation>no file</translation>
        </message>
        <message>
            <source>A registered service; no valid file of this year yet.</source>
            <translation>A registered service; no valid file of this year yet.</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>counted</translation>
        </message>
        <message>
            <source>Table &amp;1</source>
            <translation>Table &amp;1</translation>
        </message>
        <message>
            <source>Table &amp;2</source>
            <translation>Table &amp;2</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>C&amp;harts</translation>
        </message>
        <message>
            <source>&amp;Drill-down</source>
            <translation>&amp;Drill-down</translation>
        </message>
        <message>
            <source>Over the &amp;years</source>
            <translation>Over the &amp;years</translation>
        </message>
        <message>
            <source>&amp;Files</source>
            <translation>&amp;Files</translation>
        </message>
        <message>
            <source>&amp;Files: {accepted} counted, {rejected} rejected</source>
            <translation>&amp;Files: {accepted} counted, {rejected} rejected</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
    </context>
    <context>
        <name>RegistryDialog</name>
        <message>
            <source>files with another key rejected: {count}, the last on {day}</source>
            <translation>files with another key rejected: {count}, the last on {day}</translation>
        </message>
        <message>
            <source>new: check it and confirm</source>
            <translation>new: check it and confirm</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>{name}
id {id}
in the registry since {day}</source>
            <translation>{name}
id {id}
in the registry since {day}</translation>
        </message>
        <message>
            <source>territorial</source>
            <translation>territorial</translation>
        </message>
        <message>
            <source>school</source>
            <translation>school</translation>
        </message>
        <message>
            <source>Confirmed: {names}.</source>
            <translation>Confirmed: {names}.</translation>
        </message>
        <message>
            <source>Choose the file of {name} signed with its new key</source>
            <translation>Choose the file of {name} signed with its new key</translation>
        </message>
        <message>
            <source>Statistics files (*{suffix} *.json);;All files (*)</source>
            <translation>Statistics files (*{suffix} *.json);;All files (*)</translation>
        </message>
        <message>
            <source>The file is not taken: {reason}</source>
            <translation>The file is not taken: {reason}</translation>
        </message>
        <message>
            <source>The file is of another service: {name} ({id}). Choose a file of {chosen}.</source>
            <translation>The file is of another service: {name} ({id}). Choose a file of {chosen}.</translation>
        </message>
        <message>
            <source>The key of {name} is not changed.</source>
            <translation>The key of {name} is not changed.</translation>
        </message>
        <message>
            <source>From now on {name} is counted with the new key. Add up the files again to count its file.</source>
            <translation>From now on {name} is counted with the new key. Add up the files again to count its file.</translation>
        </message>
        <message>
            <source>Accept a new key for {name}?</source>
            <translation>Accept a new key for {name}?</translation>
        </message>
        <message>
            <source>Files of {name} are then counted only when signed with the new key, and a file signed with the old one is rejected.

Old key: {old}
New key: {new}

Accept it only when the service has told you itself, by phone or in a letter, that it installed rsdesk anew or moved to another computer. Whoever else made a file with this service's name would otherwise have their figures counted as the service's.</source>
            <translation>Files of {name} are then counted only when signed with the new key, and a file signed with the old one is rejected.

Old key: {old}
New key: {new}

Accept it only when the service has told you itself, by phone or in a letter, that it installed rsdesk anew or moved to another computer. Whoever else made a file with this service's name would otherwise have their figures counted as the service's.</translation>
        </message>
        <message>
            <source>Choose the list of services</source>
            <translation>Choose the list of services</translation>
        </message>
        <message>
            <source>Lists of services (*.csv);;All files (*)</source>
            <translation>Lists of services (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>The list {path} cannot be read: {reason}</source>
            <translation>The list {path} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Services added: {added}. Already in the registry, left as they are: {kept}.</source>
            <translation>Services added: {added}. Already in the registry, left as they are: {kept}.</translation>
        </message>
        <message>
            <source>Registry of services</source>
            <translation>Registry of services</translation>
        </message>
        <message>
            <source>A service is added with the key of its first accepted file, as a new service: check with it that the file is its own, then confirm it. A file signed with another key is not counted until you accept the new key.</source>
            <translation>A service is added with the key of its first accepted file, as a new service: check with it that the file is its own, then confirm it. A file signed with another key is not counted until you accept the new key.</translation>
        </message>
        <message>
            <source>&amp;Services</source>
            <translation>&amp;Services</translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>&amp;Events</translation>
        </message>
        <message>
            <source>&amp;Who has sent the file</source>
            <translation>&amp;Who has sent the file</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirm</translation>
        </message>
        <message>
            <source>The selected services are checked and their keys in the registry are right: they are no longer listed as new or as having a file rejected.</source>
            <translation>The selected services are checked and their keys in the registry are right: they are no longer listed as new or as having a file rejected.</translation>
        </message>
        <message>
            <source>Accept a new &amp;key…</source>
            <translation>Accept a new &amp;key…</translation>
        </message>
        <message>
            <source>Choose a file of the selected service signed with its new key.</source>
            <translation>Choose a file of the selected service signed with its new key.</translation>
        </message>
        <message>
            <source>&amp;Import a list of services…</source>
            <translation>&amp;Import a list of services…</translation>
        </message>
        <message>
            <source>A CSV file with the columns id;kind;name;municipality;public_key.</source>
            <translation>A CSV file with the columns id;kind;name;municipality;public_key.</translation>
        </message>
    </context>
    <context>
        <name>RepeatNotice</name>
        <message>
            <source>Possible repeat conflict: these people are already in an open case or in one closed less than a year ago.</source>
            <translation>Possible repeat conflict: these people are already in an open case or in one closed less than a year ago.</translation>
        </message>
        <message>
            <source>{name} — open case No. {number}</source>
            <translation>{name} — open case No. {number}</translation>
        </message>
        <message>
            <source>{name} — case No. {number}, closed on {date}</source>
            <translation>{name} — case No. {number}, closed on {date}</translation>
        </message>
        <message>
            <source>{name} — also in another open or recent case</source>
            <translation>{name} — also in another open or recent case</translation>
        </message>
        <message>
            <source>{name} — in another open or recent case</source>
            <translation>{name} — in another open or recent case</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>New request</source>
            <translation>New request</translation>
        </message>
        <message>
            <source>Correct the request</source>
            <translation>Correct the request</translation>
        </message>
        <message>
            <source>— choose who it came from —</source>
            <translation>— choose who it came from —</translation>
        </message>
        <message>
            <source>e.g. juvenile affairs commission of the Leninsky district; may stay empty</source>
            <translation>e.g. juvenile affairs commission of the Leninsky district; may stay empty</translation>
        </message>
        <message>
            <source>— choose the category —</source>
            <translation>— choose the category —</translation>
        </message>
        <message>
            <source>Date &amp;received:</source>
            <translation>Date &amp;received:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>&amp;Referring organisation:</source>
            <translation>&amp;Referring organisation:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>Short &amp;description:</source>
            <translation>Short &amp;description:</translation>
        </message>
        <message>
            <source>Confidential: a few factual lines, no more than the work needs. No diagnoses, no rumours, no opinions.</source>
            <translation>Confidential: a few factual lines, no more than the work needs. No diagnoses, no rumours, no opinions.</translation>
        </message>
        <message>
            <source>Partici&amp;pants:</source>
            <translation>Partici&amp;pants:</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard what was typed? The request will not be registered.</source>
            <translation>Discard what was typed? The request will not be registered.</translation>
        </message>
        <message>
            <source>Discard the corrections? The request stays as it was.</source>
            <translation>Discard the corrections? The request stays as it was.</translation>
        </message>
        <message>
            <source>Discard the typing</source>
            <translation>Discard the typing</translation>
        </message>
        <message>
            <source>Go on typing</source>
            <translation>Go on typing</translation>
        </message>
    </context>
    <context>
        <name>RequestList</name>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;New request…</source>
            <translation>&amp;New request…</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation>&amp;Decide…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
    </context>
    <context>
        <name>RequestListModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>The service file goes back to the state of the chosen copy. The present state is not lost: it is kept as a separate backup first.</source>
            <translation>The service file goes back to the state of the chosen copy. The present state is not lost: it is kept as a separate backup first.</translation>
        </message>
        <message>
            <source>{when} · {size} KB</source>
            <translation>{when} · {size} KB</translation>
        </message>
        <message>
            <source>(state before a restore)</source>
            <translation>(state before a restore)</translation>
        </message>
        <message>
            <source>Choose &amp;another copy…</source>
            <translation>Choose &amp;another copy…</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Choose a backup copy</source>
            <translation>Choose a backup copy</translation>
        </message>
        <message>
            <source>rsdesk vault (*.rsdv)</source>
            <translation>rsdesk vault (*.rsdv)</translation>
        </message>
        <message>
            <source>Choose a copy and enter the password.</source>
            <translation>Choose a copy and enter the password.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>since {year}</source>
            <translation>since {year}</translation>
        </message>
        <message>
            <source>curator of the service</source>
            <translation>curator of the service</translation>
        </message>
        <message>
            <source>{kind}, class {class_name}</source>
            <translation>{kind}, class {class_name}</translation>
        </message>
        <message>
            <source>36-hour program</source>
            <translation>36-hour program</translation>
        </message>
        <message>
            <source>program not completed yet</source>
            <translation>program not completed yet</translation>
        </message>
        <message>
            <source>no modules yet</source>
            <translation>no modules yet</translation>
        </message>
        <message>
            <source>A break in the work: {years}</source>
            <translation>A break in the work: {years}</translation>
        </message>
        <message>
            <source>May not lead this program:</source>
            <translation>May not lead this program:</translation>
        </message>
        <message>
            <source>May lead, with a warning the curator may override:</source>
            <translation>May lead, with a warning the curator may override:</translation>
        </message>
        <message>
            <source>May co-mediate beside an adult mediator, in situations between peers.</source>
            <translation>May co-mediate beside an adult mediator, in situations between peers.</translation>
        </message>
        <message>
            <source>May lead: module {modules} completed.</source>
            <translation>May lead: module {modules} completed.</translation>
        </message>
        <message>
            <source>May lead: no particular module is required.</source>
            <translation>May lead: no particular module is required.</translation>
        </message>
        <message>
            <source>Whose: {name}</source>
            <translation>Whose: {name}</translation>
        </message>
        <message>
            <source>Training: {training}</source>
            <translation>Training: {training}</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Date: {date}</translation>
        </message>
        <message>
            <source>Length: {hours} h</source>
            <translation>Length: {hours} h</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Note: {note}</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Years served</source>
            <translation>Years served</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Sign-in</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>has a password</source>
            <translation>has a password</translation>
        </message>
    </context>
    <context>
        <name>ServiceExportPanel</name>
        <message>
            <source>Choose the year and press «Show what will be sent»: you will see every number that goes into the file before it is written.</source>
            <translation>Choose the year and press «Show what will be sent»: you will see every number that goes into the file before it is written.</translation>
        </message>
        <message>
            <source>The file is signed on behalf of the service, so the curator exports it. The regional summary (the next tab) is open to everyone.</source>
            <translation>The file is signed on behalf of the service, so the curator exports it. The regional summary (the next tab) is open to everyone.</translation>
        </message>
        <message>
            <source>Open the service's file to export its statistics. The regional summary (the next tab) works without it.</source>
            <translation>Open the service's file to export its statistics. The regional summary (the next tab) works without it.</translation>
        </message>
        <message>
            <source>The records have changed: show the figures again before saving.</source>
            <translation>The records have changed: show the figures again before saving.</translation>
        </message>
        <message>
            <source>The year was changed: show the figures again before saving.</source>
            <translation>The year was changed: show the figures again before saving.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>This is the whole content of the file for {year}. If it is right, save the signed file and send it to the regional centre.</source>
            <translation>This is the whole content of the file for {year}. If it is right, save the signed file and send it to the regional centre.</translation>
        </message>
        <message>
            <source>Into the file go: the name — {name}, the region — {region}, the municipality — {municipality}.</source>
            <translation>Into the file go: the name — {name}, the region — {region}, the municipality — {municipality}.</translation>
        </message>
        <message>
            <source>The file is signed with the service's key {fingerprint}: if the regional centre asks, read it out to them.</source>
            <translation>The file is signed with the service's key {fingerprint}: if the regional centre asks, read it out to them.</translation>
        </message>
        <message>
            <source>Save the signed statistics file</source>
            <translation>Save the signed statistics file</translation>
        </message>
        <message>
            <source>Statistics files (*{suffix})</source>
            <translation>Statistics files (*{suffix})</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <source>Saved: {path}. Send this file to the regional centre.</source>
            <translation>Saved: {path}. Send this file to the regional centre.</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Show what will be sent</source>
            <translation>&amp;Show what will be sent</translation>
        </message>
        <message>
            <source>Save the &amp;signed file…</source>
            <translation>Save the &amp;signed file…</translation>
        </message>
        <message>
            <source>What is counted</source>
            <translation>What is counted</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Nothing else is in the file: no names of people, no dates other than the date of the export, no descriptions of cases — only the service's name and place, the counts below and the service's digital signature.</source>
            <translation>Nothing else is in the file: no names of people, no dates other than the date of the export, no descriptions of cases — only the service's name and place, the counts below and the service's digital signature.</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <source>The service</source>
            <translation>The service</translation>
        </message>
        <message>
            <source>Who keeps this journal. The name and place go into the yearly statistics file; no case data ever does.</source>
            <translation>Who keeps this journal. The name and place go into the yearly statistics file; no case data ever does.</translation>
        </message>
        <message>
            <source>&amp;School reconciliation service</source>
            <translation>&amp;School reconciliation service</translation>
        </message>
        <message>
            <source>&amp;Territorial reconciliation service</source>
            <translation>&amp;Territorial reconciliation service</translation>
        </message>
        <message>
            <source>e.g. School No. 12, Kemerovo</source>
            <translation>e.g. School No. 12, Kemerovo</translation>
        </message>
        <message>
            <source>e.g. Kemerovo region</source>
            <translation>e.g. Kemerovo region</translation>
        </message>
        <message>
            <source>e.g. Kemerovo city district</source>
            <translation>e.g. Kemerovo city district</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Where to keep the vault</source>
            <translation>Where to keep the vault</translation>
        </message>
        <message>
            <source>rsdesk vault (*.rsdv)</source>
            <translation>rsdesk vault (*.rsdv)</translation>
        </message>
        <message>
            <source>This file already exists. Choose another name, or open it from the start page instead.</source>
            <translation>This file already exists. Choose another name, or open it from the start page instead.</translation>
        </message>
        <message>
            <source>The folder cannot be created: {reason}</source>
            <translation>The folder cannot be created: {reason}</translation>
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
            <source>&amp;Lock after idle:</source>
            <translation>&amp;Lock after idle:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Settings are applied at once and remembered for the next start. Locking hides the cases and removes the decrypted data and keys from memory; the password opens them again.</source>
            <translation>Settings are applied at once and remembered for the next start. Locking hides the cases and removes the decrypted data and keys from memory; the password opens them again.</translation>
        </message>
        <message>
            <source>Data and access</source>
            <translation>Data and access</translation>
        </message>
        <message>
            <source>&amp;Keep personal data after a case is closed, years:</source>
            <translation>&amp;Keep personal data after a case is closed, years:</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Audit trail…</translation>
        </message>
        <message>
            <source>Who opened, changed, exported or deleted what, and when.</source>
            <translation>Who opened, changed, exported or deleted what, and when.</translation>
        </message>
        <message>
            <source>The curator of the service sets the retention period.</source>
            <translation>The curator of the service sets the retention period.</translation>
        </message>
        <message>
            <source>When the period after a case's closure has passed, the names, descriptions, notes and documents of the case are removed at the next sign-in; the counts for the statistics stay, so the files of past years do not change.</source>
            <translation>When the period after a case's closure has passed, the names, descriptions, notes and documents of the case are removed at the next sign-in; the counts for the statistics stay, so the files of past years do not change.</translation>
        </message>
        <message>
            <source>Closed cases and requests the next sign-in will clear: {n}.</source>
            <translation>Closed cases and requests the next sign-in will clear: {n}.</translation>
        </message>
        <message>
            <source>The next sign-in will clear nothing.</source>
            <translation>The next sign-in will clear nothing.</translation>
        </message>
        <message>
            <source>At this sign-in the personal data of closed cases and requests were removed, as their retention period had passed: {n}.</source>
            <translation>At this sign-in the personal data of closed cases and requests were removed, as their retention period had passed: {n}.</translation>
        </message>
        <message>
            <source>Deleted cases erased for good, 30 days after the deletion: {n}.</source>
            <translation>Deleted cases erased for good, 30 days after the deletion: {n}.</translation>
        </message>
        <message>
            <source>Only the curator may turn the automatic lock off, signed in to the service.</source>
            <translation>Only the curator may turn the automatic lock off, signed in to the service.</translation>
        </message>
        <message>
            <source>The service is never locked by itself: anyone who sits down at this computer sees the open cases. Lock it yourself with Ctrl+L when you step away.</source>
            <translation>The service is never locked by itself: anyone who sits down at this computer sees the open cases. Lock it yourself with Ctrl+L when you step away.</translation>
        </message>
        <message>
            <source>For you it still locks after {n} idle minutes: only the curator works without the automatic lock.</source>
            <translation>For you it still locks after {n} idle minutes: only the curator works without the automatic lock.</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>You change your own password in File → Change password.</source>
            <translation>You change your own password in File → Change password.</translation>
        </message>
        <message>
            <source>{name} has not signed in since the file's format was updated. Until they do, an old copy of the file with their old password still opens what is saved now: ask them to sign in once, or give them a new password.</source>
            <translation>{name} has not signed in since the file's format was updated. Until they do, an old copy of the file with their old password still opens what is saved now: ask them to sign in once, or give them a new password.</translation>
        </message>
        <message>
            <source>{name} signs in with a password of their own. A new one replaces it.</source>
            <translation>{name} signs in with a password of their own. A new one replaces it.</translation>
        </message>
        <message>
            <source>{name} cannot sign in yet.</source>
            <translation>{name} cannot sign in yet.</translation>
        </message>
        <message>
            <source>&amp;Give a password…</source>
            <translation>&amp;Give a password…</translation>
        </message>
        <message>
            <source>Take a&amp;way access</source>
            <translation>Take a&amp;way access</translation>
        </message>
        <message>
            <source>Take away access</source>
            <translation>Take away access</translation>
        </message>
        <message>
            <source>Take away the access of {name}? Their password stops opening the service's file at once. The person stays in the roster and in their cases.</source>
            <translation>Take away the access of {name}? Their password stops opening the service's file at once. The person stays in the roster and in their cases.</translation>
        </message>
        <message>
            <source>Access is not taken away</source>
            <translation>Access is not taken away</translation>
        </message>
    </context>
    <context>
        <name>SignoffPanel</name>
        <message>
            <source>agreement</source>
            <translation>agreement</translation>
        </message>
        <message>
            <source>closing the case</source>
            <translation>closing the case</translation>
        </message>
        <message>
            <source>Case No. {number}: {situation}</source>
            <translation>Case No. {number}: {situation}</translation>
        </message>
        <message>
            <source>What is approved: {what}</source>
            <translation>What is approved: {what}</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>under way</translation>
        </message>
        <message>
            <source>Program: {program} — {outcome}{ended}</source>
            <translation>Program: {program} — {outcome}{ended}</translation>
        </message>
        <message>
            <source>Program: none recorded</source>
            <translation>Program: none recorded</translation>
        </message>
        <message>
            <source>Closed on: {date}</source>
            <translation>Closed on: {date}</translation>
        </message>
        <message>
            <source>Sent by {who} on {date}</source>
            <translation>Sent by {who} on {date}</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <source>Sign off {what} of case No. {number}?</source>
            <translation>Sign off {what} of case No. {number}?</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Sign off</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Waiting for the curator's sign-off: {count}</source>
            <translation>Waiting for the curator's sign-off: {count}</translation>
        </message>
        <message>
            <source>Signed off: {what}, case No. {number}.</source>
            <translation>Signed off: {what}, case No. {number}.</translation>
        </message>
        <message>
            <source>Returned for rework: {what}, case No. {number}.</source>
            <translation>Returned for rework: {what}, case No. {number}.</translation>
        </message>
        <message>
            <source>Case No.</source>
            <translation>Case No.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Who sent it</source>
            <translation>Who sent it</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>O&amp;pen the case</source>
            <translation>O&amp;pen the case</translation>
        </message>
        <message>
            <source>Return for re&amp;work…</source>
            <translation>Return for re&amp;work…</translation>
        </message>
    </context>
    <context>
        <name>SmallForm</name>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>StageCorrection</name>
        <message>
            <source>After the correction these recorded stages no longer meet their conditions; nothing was removed, but check them:</source>
            <translation>After the correction these recorded stages no longer meet their conditions; nothing was removed, but check them:</translation>
        </message>
        <message>
            <source>e.g. the date was typed wrong</source>
            <translation>e.g. the date was typed wrong</translation>
        </message>
        <message>
            <source>&amp;Save the correction</source>
            <translation>&amp;Save the correction</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncel</translation>
        </message>
        <message>
            <source>&amp;Held with:</source>
            <translation>&amp;Held with:</translation>
        </message>
        <message>
            <source>Reason for the correc&amp;tion:</source>
            <translation>Reason for the correc&amp;tion:</translation>
        </message>
        <message>
            <source>✎ Correcting the record of {day}: change the date, the people or the fields, then give the reason below and save the correction.</source>
            <translation>✎ Correcting the record of {day}: change the date, the people or the fields, then give the reason below and save the correction.</translation>
        </message>
    </context>
    <context>
        <name>StagePage</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Stage {number} of {total}</source>
            <translation>Stage {number} of {total}</translation>
        </message>
        <message>
            <source>Questions you may ask:</source>
            <translation>Questions you may ask:</translation>
        </message>
        <message>
            <source>C&amp;orrect…</source>
            <translation>C&amp;orrect…</translation>
        </message>
        <message>
            <source>S&amp;kip this stage…</source>
            <translation>S&amp;kip this stage…</translation>
        </message>
        <message>
            <source>Plan a m&amp;eeting…</source>
            <translation>Plan a m&amp;eeting…</translation>
        </message>
        <message>
            <source>Change the poi&amp;nts…</source>
            <translation>Change the poi&amp;nts…</translation>
        </message>
        <message>
            <source>This stage is held with each of these participants separately:</source>
            <translation>This stage is held with each of these participants separately:</translation>
        </message>
        <message>
            <source>&amp;Record the stage with this participant</source>
            <translation>&amp;Record the stage with this participant</translation>
        </message>
        <message>
            <source>&amp;Record once more</source>
            <translation>&amp;Record once more</translation>
        </message>
        <message>
            <source>This stage was skipped on {date}. Reason: {reason}</source>
            <translation>This stage was skipped on {date}. Reason: {reason}</translation>
        </message>
        <message>
            <source>✓ Recorded: {count}. You may record it once more.</source>
            <translation>✓ Recorded: {count}. You may record it once more.</translation>
        </message>
        <message>
            <source>✓ This stage was held on {date}.</source>
            <translation>✓ This stage was held on {date}.</translation>
        </message>
        <message>
            <source>✓ This stage is done.</source>
            <translation>✓ This stage is done.</translation>
        </message>
        <message>
            <source>record {number} of {date}</source>
            <translation>record {number} of {date}</translation>
        </message>
        <message>
            <source>Planned:</source>
            <translation>Planned:</translation>
        </message>
        <message>
            <source>First explain everything to {name} and record their consent, or their refusal.</source>
            <translation>First explain everything to {name} and record their consent, or their refusal.</translation>
        </message>
        <message>
            <source>Not yet possible:</source>
            <translation>Not yet possible:</translation>
        </message>
        <message>
            <source>The meeting with {name}</source>
            <translation>The meeting with {name}</translation>
        </message>
        <message>
            <source>Choose a participant in the table above.</source>
            <translation>Choose a participant in the table above.</translation>
        </message>
        <message>
            <source>The correction is saved.</source>
            <translation>The correction is saved.</translation>
        </message>
    </context>
    <context>
        <name>StartPanel</name>
        <message>
            <source>{date} · case No. {number} · {note}</source>
            <translation>{date} · case No. {number} · {note}</translation>
        </message>
        <message>
            <source>check how the agreement is kept</source>
            <translation>check how the agreement is kept</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(overdue)</translation>
        </message>
        <message>
            <source>open case|open cases</source>
            <translation>open case|open cases</translation>
        </message>
        <message>
            <source>request awaiting a decision|requests awaiting a decision</source>
            <translation>request awaiting a decision|requests awaiting a decision</translation>
        </message>
        <message>
            <source>{requests} in {year}: accepted {accepted}, declined {declined}, transferred {transferred}</source>
            <translation>{requests} in {year}: accepted {accepted}, declined {declined}, transferred {transferred}</translation>
        </message>
        <message>
            <source>request|requests</source>
            <translation>request|requests</translation>
        </message>
        <message>
            <source>Follow-ups due this week</source>
            <translation>Follow-ups due this week</translation>
        </message>
        <message>
            <source>Nothing is due this week.</source>
            <translation>Nothing is due this week.</translation>
        </message>
    </context>
    <context>
        <name>StartProgramDialog</name>
        <message>
            <source>Start a program: case No. {number}</source>
            <translation>Start a program: case No. {number}</translation>
        </message>
        <message>
            <source>Case No. {number}: {category}</source>
            <translation>Case No. {number}: {category}</translation>
        </message>
        <message>
            <source>The curator &amp;allows this program despite the warning</source>
            <translation>The curator &amp;allows this program despite the warning</translation>
        </message>
        <message>
            <source>Why, e.g. an experienced co-facilitator or supervision</source>
            <translation>Why, e.g. an experienced co-facilitator or supervision</translation>
        </message>
        <message>
            <source>Only the curator may allow it: the program waits for the curator's permission before its first stage.</source>
            <translation>Only the curator may allow it: the program waits for the curator's permission before its first stage.</translation>
        </message>
        <message>
            <source>the day the case was opened</source>
            <translation>the day the case was opened</translation>
        </message>
        <message>
            <source>Program &amp;type:</source>
            <translation>Program &amp;type:</translation>
        </message>
        <message>
            <source>&amp;Facilitators:</source>
            <translation>&amp;Facilitators:</translation>
        </message>
        <message>
            <source>Curator's &amp;reason:</source>
            <translation>Curator's &amp;reason:</translation>
        </message>
        <message>
            <source>Started &amp;on:</source>
            <translation>Started &amp;on:</translation>
        </message>
        <message>
            <source>Who takes part</source>
            <translation>Who takes part</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Represents (for a parent or legal representative)</source>
            <translation>Represents (for a parent or legal representative)</translation>
        </message>
        <message>
            <source>, minor)</source>
            <translation>, minor)</translation>
        </message>
        <message>
            <source>— nobody in this program —</source>
            <translation>— nobody in this program —</translation>
        </message>
        <message>
            <source>&amp;Start the program</source>
            <translation>&amp;Start the program</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>trained for it</source>
            <translation>trained for it</translation>
        </message>
    </context>
    <context>
        <name>StatisticsArea</name>
        <message>
            <source>Service &amp;report</source>
            <translation>Service &amp;report</translation>
        </message>
        <message>
            <source>Regional &amp;summary</source>
            <translation>Regional &amp;summary</translation>
        </message>
    </context>
    <context>
        <name>StatisticsJobs</name>
        <message>
            <source>The file {path} cannot be written or read: {reason}</source>
            <translation>The file {path} cannot be written or read: {reason}</translation>
        </message>
        <message>
            <source>The file cannot be written or read: {reason}</source>
            <translation>The file cannot be written or read: {reason}</translation>
        </message>
        <message>
            <source>Something went wrong ({error}). Nothing was written.</source>
            <translation>Something went wrong ({error}). Nothing was written.</translation>
        </message>
    </context>
    <context>
        <name>SubmissionsPage</name>
        <message>
            <source>Add up the services' files first («Add up» in the regional summary): then this shows who has sent a valid file for the year and who has not.</source>
            <translation>Add up the services' files first («Add up» in the regional summary): then this shows who has sent a valid file for the year and who has not.</translation>
        </message>
        <message>
            <source>Year {year}: {sent} of {registered} registered services sent a valid file, {missing} have not.</source>
            <translation>Year {year}: {sent} of {registered} registered services sent a valid file, {missing} have not.</translation>
        </message>
        <message>
            <source>a valid file is counted</source>
            <translation>a valid file is counted</translation>
        </message>
        <message>
            <source>no valid file</source>
            <translation>no valid file</translation>
        </message>
        <message>
            <source>Files rejected in this summary: {count}</source>
            <translation>Files rejected in this summary: {count}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>no-file-{year}</source>
            <translation>no-file-{year}</translation>
        </message>
        <message>
            <source>Save the list of services with no file</source>
            <translation>Save the list of services with no file</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>File for the year</source>
            <translation>File for the year</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Services with no file: save as &amp;XLSX…</source>
            <translation>Services with no file: save as &amp;XLSX…</translation>
        </message>
        <message>
            <source>Services with no file: save as &amp;PDF…</source>
            <translation>Services with no file: save as &amp;PDF…</translation>
        </message>
    </context>
    <context>
        <name>SupervisionCheck</name>
        <message>
            <source>Check the description for supervision</source>
            <translation>Check the description for supervision</translation>
        </message>
        <message>
            <source>This is how the case's texts will leave it. Marked: what was replaced. Read it through: if a word still tells who or where, select it and press «Hide the selected», or type it below.</source>
            <translation>This is how the case's texts will leave it. Marked: what was replaced. Read it through: if a word still tells who or where, select it and press «Hide the selected», or type it below.</translation>
        </message>
        <message>
            <source>&amp;Hide the selected</source>
            <translation>&amp;Hide the selected</translation>
        </message>
        <message>
            <source>Also hide:</source>
            <translation>Also hide:</translation>
        </message>
        <message>
            <source>words, separated by commas</source>
            <translation>words, separated by commas</translation>
        </message>
        <message>
            <source>H&amp;ide</source>
            <translation>H&amp;ide</translation>
        </message>
        <message>
            <source>&amp;Make the document</source>
            <translation>&amp;Make the document</translation>
        </message>
        <message>
            <source>You chose to hide: {words}.</source>
            <translation>You chose to hide: {words}.</translation>
        </message>
    </context>
    <context>
        <name>TakeBackDialog</name>
        <message>
            <source>Take the session back</source>
            <translation>Take the session back</translation>
        </message>
        <message>
            <source>Only the adult who handed the session over takes it back: {name}.</source>
            <translation>Only the adult who handed the session over takes it back: {name}.</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Your password</translation>
        </message>
        <message>
            <source>&amp;Take back</source>
            <translation>&amp;Take back</translation>
        </message>
        <message>
            <source>This password does not fit. Try again.</source>
            <translation>This password does not fit. Try again.</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Training record</source>
            <translation>Training record</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation>&amp;Module:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Hours:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>topic, who held it, certificate number</source>
            <translation>topic, who held it, certificate number</translation>
        </message>
        <message>
            <source>Training of {name}</source>
            <translation>Training of {name}</translation>
        </message>
        <message>
            <source>choose the module</source>
            <translation>choose the module</translation>
        </message>
        <message>
            <source>Add training</source>
            <translation>Add training</translation>
        </message>
        <message>
            <source>Edit the training record</source>
            <translation>Edit the training record</translation>
        </message>
    </context>
    <context>
        <name>TrainingModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Hide this message</translation>
        </message>
        <message>
            <source>Case No. {number} is deleted.</source>
            <translation>Case No. {number} is deleted.</translation>
        </message>
        <message>
            <source>Case No. {number} is deleted. The curator can restore it within {days}.</source>
            <translation>Case No. {number} is deleted. The curator can restore it within {days}.</translation>
        </message>
        <message>
            <source>day|days</source>
            <translation>day|days</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Open the service's vault</source>
            <translation>Open the service's vault</translation>
        </message>
        <message>
            <source>The cases of the service are kept encrypted. Enter your password to open them.</source>
            <translation>The cases of the service are kept encrypted. Enter your password to open them.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Forgot the password?</source>
            <translation>&amp;Forgot the password?</translation>
        </message>
        <message>
            <source>Open &amp;another file…</source>
            <translation>Open &amp;another file…</translation>
        </message>
        <message>
            <source>Create a &amp;new service…</source>
            <translation>Create a &amp;new service…</translation>
        </message>
        <message>
            <source>Enter the password.</source>
            <translation>Enter the password.</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Checking the password…</translation>
        </message>
        <message>
            <source>This password opens the file but belongs to nobody in the roster. Ask the curator for a password of your own.</source>
            <translation>This password opens the file but belongs to nobody in the roster. Ask the curator for a password of your own.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to rsdesk</source>
            <translation>Welcome to rsdesk</translation>
        </message>
        <message>
            <source>rsdesk keeps the requests, cases and programs of a reconciliation service in one encrypted file on this computer. Nothing is sent anywhere. Create the file for your service, or open one you already have (for example, copied from a USB stick).</source>
            <translation>rsdesk keeps the requests, cases and programs of a reconciliation service in one encrypted file on this computer. Nothing is sent anywhere. Create the file for your service, or open one you already have (for example, copied from a USB stick).</translation>
        </message>
        <message>
            <source>&amp;Create a service…</source>
            <translation>&amp;Create a service…</translation>
        </message>
        <message>
            <source>&amp;Open a vault file…</source>
            <translation>&amp;Open a vault file…</translation>
        </message>
        <message>
            <source>Look around in a &amp;practice vault</source>
            <translation>Look around in a &amp;practice vault</translation>
        </message>
        <message>
            <source>The practice vault holds invented cases (generated names, no real people) for learning the program and for seminars. Its password is «{password}».</source>
            <translation>The practice vault holds invented cases (generated names, no real people) for learning the program and for seminars. Its password is «{password}».</translation>
        </message>
        <message>
            <source>Preparing the practice vault…</source>
            <translation>Preparing the practice vault…</translation>
        </message>
    </context>
    <context>
        <name>YearsPage</name>
        <message>
            <source>At most {count} years side by side.</source>
            <translation>At most {count} years side by side.</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Change {first}–{last}</source>
            <translation>Change {first}–{last}</translation>
        </message>
        <message>
            <source>Change, %</source>
            <translation>Change, %</translation>
        </message>
        <message>
            <source>{year}: {count} files</source>
            <translation>{year}: {count} files</translation>
        </message>
        <message>
            <source>Files counted: {files}.</source>
            <translation>Files counted: {files}.</translation>
        </message>
        <message>
            <source>&amp;Years from</source>
            <translation>&amp;Years from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Compare the years</source>
            <translation>&amp;Compare the years</translation>
        </message>
        <message>
            <source>Adds up the same files once for each year and puts the tables side by side.</source>
            <translation>Adds up the same files once for each year and puts the tables side by side.</translation>
        </message>
        <message>
            <source>Table 1: all school services</source>
            <translation>Table 1: all school services</translation>
        </message>
        <message>
            <source>Table 1: acting school services</source>
            <translation>Table 1: acting school services</translation>
        </message>
        <message>
            <source>Table 2: territorial services</source>
            <translation>Table 2: territorial services</translation>
        </message>
        <message>
            <source>Choose the years and press «Compare the years»: the files chosen above are added up for each of them.</source>
            <translation>Choose the years and press «Compare the years»: the files chosen above are added up for each of them.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>show program's version number and exit</source>
            <translation>show program's version number and exit</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>%(prog)s: warning: %(message)s
</source>
            <translation>%(prog)s: warning: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>one of the arguments %s is required</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>invalid %(type)s value: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>expected at most one argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>expected at least one argument</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ignored explicit argument %r</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
        </message>
        <message>
            <source>expected %s argument|expected %s arguments</source>
            <translation>expected %s argument|expected %s arguments</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>signed in</source>
            <translation>signed in</translation>
        </message>
        <message>
            <source>accepted the confidentiality pledge</source>
            <translation>accepted the confidentiality pledge</translation>
        </message>
        <message>
            <source>opened the case</source>
            <translation>opened the case</translation>
        </message>
        <message>
            <source>changed the case</source>
            <translation>changed the case</translation>
        </message>
        <message>
            <source>closed the case</source>
            <translation>closed the case</translation>
        </message>
        <message>
            <source>reopened the case</source>
            <translation>reopened the case</translation>
        </message>
        <message>
            <source>assigned a mediator</source>
            <translation>assigned a mediator</translation>
        </message>
        <message>
            <source>sent for the curator's sign-off</source>
            <translation>sent for the curator's sign-off</translation>
        </message>
        <message>
            <source>signed off</source>
            <translation>signed off</translation>
        </message>
        <message>
            <source>returned for rework</source>
            <translation>returned for rework</translation>
        </message>
        <message>
            <source>deleted the case</source>
            <translation>deleted the case</translation>
        </message>
        <message>
            <source>restored the deleted case</source>
            <translation>restored the deleted case</translation>
        </message>
        <message>
            <source>purged the deleted case</source>
            <translation>purged the deleted case</translation>
        </message>
        <message>
            <source>removed personal data (retention period)</source>
            <translation>removed personal data (retention period)</translation>
        </message>
        <message>
            <source>changed the request</source>
            <translation>changed the request</translation>
        </message>
        <message>
            <source>registered the request</source>
            <translation>registered the request</translation>
        </message>
        <message>
            <source>decided on the request</source>
            <translation>decided on the request</translation>
        </message>
        <message>
            <source>exported the statistics</source>
            <translation>exported the statistics</translation>
        </message>
        <message>
            <source>made a document</source>
            <translation>made a document</translation>
        </message>
        <message>
            <source>changed the roster</source>
            <translation>changed the roster</translation>
        </message>
        <message>
            <source>corrected a training record</source>
            <translation>corrected a training record</translation>
        </message>
        <message>
            <source>deleted a training record</source>
            <translation>deleted a training record</translation>
        </message>
        <message>
            <source>gave a user a password</source>
            <translation>gave a user a password</translation>
        </message>
        <message>
            <source>took a user's access away</source>
            <translation>took a user's access away</translation>
        </message>
        <message>
            <source>changed the settings</source>
            <translation>changed the settings</translation>
        </message>
        <message>
            <source>overrode a warning</source>
            <translation>overrode a warning</translation>
        </message>
        <message>
            <source>started a program</source>
            <translation>started a program</translation>
        </message>
        <message>
            <source>recorded a step of a program</source>
            <translation>recorded a step of a program</translation>
        </message>
        <message>
            <source>planned a meeting</source>
            <translation>planned a meeting</translation>
        </message>
        <message>
            <source>corrected a recorded stage of a program</source>
            <translation>corrected a recorded stage of a program</translation>
        </message>
        <message>
            <source>corrected the items of an agreement</source>
            <translation>corrected the items of an agreement</translation>
        </message>
        <message>
            <source>changed the participants of the case</source>
            <translation>changed the participants of the case</translation>
        </message>
        <message>
            <source>corrected the description or category</source>
            <translation>corrected the description or category</translation>
        </message>
        <message>
            <source>took a mediator off the case</source>
            <translation>took a mediator off the case</translation>
        </message>
        <message>
            <source>brought in a journal</source>
            <translation>brought in a journal</translation>
        </message>
        <message>
            <source>undid a journal import</source>
            <translation>undid a journal import</translation>
        </message>
        <message>
            <source>took a young mediator's own password away (students hold no key)</source>
            <translation>took a young mediator's own password away (students hold no key)</translation>
        </message>
        <message>
            <source>began signing the trail</source>
            <translation>began signing the trail</translation>
        </message>
        <message>
            <source>handed the session over to a young mediator</source>
            <translation>handed the session over to a young mediator</translation>
        </message>
        <message>
            <source>took the session back</source>
            <translation>took the session back</translation>
        </message>
        <message>
            <source>The record of when signing began is missing: the trail was rewritten.</source>
            <translation>The record of when signing began is missing: the trail was rewritten.</translation>
        </message>
        <message>
            <source>The entries before signing began were changed or removed.</source>
            <translation>The entries before signing began were changed or removed.</translation>
        </message>
        <message>
            <source>Entry no. {seq} is not signed.</source>
            <translation>Entry no. {seq} is not signed.</translation>
        </message>
        <message>
            <source>Entry no. {seq} was changed or made up.</source>
            <translation>Entry no. {seq} was changed or made up.</translation>
        </message>
        <message>
            <source>Entry no. {seq} names another user than the one who made it.</source>
            <translation>Entry no. {seq} names another user than the one who made it.</translation>
        </message>
        <message>
            <source>This computer saw the trail up to entry no. {seq}; it is no longer there as it was: entries were removed or the file was replaced with an older copy.</source>
            <translation>This computer saw the trail up to entry no. {seq}; it is no longer there as it was: entries were removed or the file was replaced with an older copy.</translation>
        </message>
        <message>
            <source>Entries before no. {seq} are missing.</source>
            <translation>Entries before no. {seq} are missing.</translation>
        </message>
        <message>
            <source>Entry no. {seq} was changed or removed.</source>
            <translation>Entry no. {seq} was changed or removed.</translation>
        </message>
        <message>
            <source>The newest entries of the trail were removed.</source>
            <translation>The newest entries of the trail were removed.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Workplace of a reconciliation service. Without a command, opens the window.</source>
            <translation>Workplace of a reconciliation service. Without a command, opens the window.</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>COMMAND</translation>
        </message>
        <message>
            <source>open the application window</source>
            <translation>open the application window</translation>
        </message>
        <message>
            <source>show the window, print which screen it shows and whether the program's core loads, then quit (to check an installation)</source>
            <translation>show the window, print which screen it shows and whether the program's core loads, then quit (to check an installation)</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>the service file whose unlock screen to show</source>
            <translation>the service file whose unlock screen to show</translation>
        </message>
        <message>
            <source>Interrupted.</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Password: </translation>
        </message>
        <message>
            <source>VAULT</source>
            <translation>VAULT</translation>
        </message>
        <message>
            <source>YEAR</source>
            <translation>YEAR</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>OUT</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>NUMBER</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ACTION</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <translation>FILE.csv</translation>
        </message>
        <message>
            <source>create, check and protect a service file</source>
            <translation>create, check and protect a service file</translation>
        </message>
        <message>
            <source>create a new service file</source>
            <translation>create a new service file</translation>
        </message>
        <message>
            <source>the new file</source>
            <translation>the new file</translation>
        </message>
        <message>
            <source>the organisation</source>
            <translation>the organisation</translation>
        </message>
        <message>
            <source>the region</source>
            <translation>the region</translation>
        </message>
        <message>
            <source>the municipality</source>
            <translation>the municipality</translation>
        </message>
        <message>
            <source>the curator's name</source>
            <translation>the curator's name</translation>
        </message>
        <message>
            <source>check a service file: 0 intact, 2 wrong password, 3 damaged or incomplete, 4 made by a newer version, 5 older than a copy seen before</source>
            <translation>check a service file: 0 intact, 2 wrong password, 3 damaged or incomplete, 4 made by a newer version, 5 older than a copy seen before</translation>
        </message>
        <message>
            <source>change your password</source>
            <translation>change your password</translation>
        </message>
        <message>
            <source>No password was given.</source>
            <translation>No password was given.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>New password: </translation>
        </message>
        <message>
            <source>Repeat the new password: </source>
            <translation>Repeat the new password: </translation>
        </message>
        <message>
            <source>The passwords do not match.</source>
            <translation>The passwords do not match.</translation>
        </message>
        <message>
            <source>Recovery key (shown only once):</source>
            <translation>Recovery key (shown only once):</translation>
        </message>
        <message>
            <source>Write it down on paper and keep it in a locked place away from the computer. With it a forgotten password can be reset; without it and without the password the cases cannot be read by anyone.</source>
            <translation>Write it down on paper and keep it in a locked place away from the computer. With it a forgotten password can be reset; without it and without the password the cases cannot be read by anyone.</translation>
        </message>
        <message>
            <source>To confirm, type groups {first} and {second} of the key: </source>
            <translation>To confirm, type groups {first} and {second} of the key: </translation>
        </message>
        <message>
            <source>That does not match the key. Look at it again.</source>
            <translation>That does not match the key. Look at it again.</translation>
        </message>
        <message>
            <source>The recovery key was not confirmed; no file was created.</source>
            <translation>The recovery key was not confirmed; no file was created.</translation>
        </message>
        <message>
            <source>Curator</source>
            <translation>Curator</translation>
        </message>
        <message>
            <source>The service file was created: {path}</source>
            <translation>The service file was created: {path}</translation>
        </message>
        <message>
            <source>The file is intact (save No. {generation}).</source>
            <translation>The file is intact (save No. {generation}).</translation>
        </message>
        <message>
            <source>Current password: </source>
            <translation>Current password: </translation>
        </message>
        <message>
            <source>The password was changed.</source>
            <translation>The password was changed.</translation>
        </message>
    </context>
    <context>
        <name>corrections</name>
        <message>
            <source>minor</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adult</translation>
        </message>
        <message>
            <source>age {age}</source>
            <translation>age {age}</translation>
        </message>
        <message>
            <source>{name} — {details}</source>
            <translation>{name} — {details}</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Date received</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Referring organisation</source>
            <translation>Referring organisation</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>in the program «{titles}»</source>
            <translation>in the program «{titles}»</translation>
        </message>
        <message>
            <source>in the programs «{titles}»</source>
            <translation>in the programs «{titles}»</translation>
        </message>
        <message>
            <source>A school service should transfer such a case to a territorial one: {reasons}. Only the curator may keep it in the service.</source>
            <translation>A school service should transfer such a case to a territorial one: {reasons}. Only the curator may keep it in the service.</translation>
        </message>
        <message>
            <source>A school service should transfer such a case to a territorial one: {reasons}. The curator may keep it in the service: confirm it and write the reason.</source>
            <translation>A school service should transfer such a case to a territorial one: {reasons}. The curator may keep it in the service: confirm it and write the reason.</translation>
        </message>
        <message>
            <source>The curator kept the case in the service despite the warning ({warning}): {reason}</source>
            <translation>The curator kept the case in the service despite the warning ({warning}): {reason}</translation>
        </message>
        <message>
            <source>{name} takes part {where}, and it is recorded: the person cannot be removed from the case.</source>
            <translation>{name} takes part {where}, and it is recorded: the person cannot be removed from the case.</translation>
        </message>
        <message>
            <source>{name} takes part {where}: the program has counted their role and whether they are a minor, so these cannot change. The name, class and age can be corrected.</source>
            <translation>{name} takes part {where}: the program has counted their role and whether they are a minor, so these cannot change. The name, class and age can be corrected.</translation>
        </message>
        <message>
            <source>The request cannot have come in after {day}: the case already has a record on that day.</source>
            <translation>The request cannot have come in after {day}: the case already has a record on that day.</translation>
        </message>
        <message>
            <source>Mediator</source>
            <translation>Mediator</translation>
        </message>
        <message>
            <source>{name} is the only facilitator of the program «{program}», which is still under way. Finish the program or hand it over in its guide first.</source>
            <translation>{name} is the only facilitator of the program «{program}», which is still under way. Finish the program or hand it over in its guide first.</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>Pick the date on a calendar</source>
            <translation>Pick the date on a calendar</translation>
        </message>
        <message>
            <source>There is no such date: {text}.</source>
            <translation>There is no such date: {text}.</translation>
        </message>
        <message>
            <source>Type the whole date: {pattern}.</source>
            <translation>Type the whole date: {pattern}.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>The date cannot be in the future.</translation>
        </message>
        <message>
            <source>The date cannot be later than {date}.</source>
            <translation>The date cannot be later than {date}.</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {date} ({means}).</source>
            <translation>The date cannot be earlier than {date} ({means}).</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {date}.</source>
            <translation>The date cannot be earlier than {date}.</translation>
        </message>
        <message>
            <source>D</source>
            <translation>D</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Y</source>
            <translation>Y</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Registration card of the request</source>
            <translation>Registration card of the request</translation>
        </message>
        <message>
            <source>Informed consent of the participants</source>
            <translation>Informed consent of the participants</translation>
        </message>
        <message>
            <source>Informed consent of legal representatives</source>
            <translation>Informed consent of legal representatives</translation>
        </message>
        <message>
            <source>Written result of the program</source>
            <translation>Written result of the program</translation>
        </message>
        <message>
            <source>Report to the referring body (results only)</source>
            <translation>Report to the referring body (results only)</translation>
        </message>
        <message>
            <source>Case description for supervision (names replaced)</source>
            <translation>Case description for supervision (names replaced)</translation>
        </message>
        <message>
            <source>Recovery key sheet</source>
            <translation>Recovery key sheet</translation>
        </message>
        <message>
            <source>Annual report of the service</source>
            <translation>Annual report of the service</translation>
        </message>
        <message>
            <source>«{kind}» is not a document of a case.</source>
            <translation>«{kind}» is not a document of a case.</translation>
        </message>
        <message>
            <source>Nobody referred this case, so there is nobody to report its results to.</source>
            <translation>Nobody referred this case, so there is nobody to report its results to.</translation>
        </message>
        <message>
            <source>This file has no service yet.</source>
            <translation>This file has no service yet.</translation>
        </message>
        <message>
            <source>The program is not part of this case.</source>
            <translation>The program is not part of this case.</translation>
        </message>
        <message>
            <source>The exported file leaves the protection of the service file: anyone who gets it can read it, unless you set a password. Keep it only as long as it is needed.</source>
            <translation>The exported file leaves the protection of the service file: anyone who gets it can read it, unless you set a password. Keep it only as long as it is needed.</translation>
        </message>
        <message>
            <source>This document has no file attached in the service file.</source>
            <translation>This document has no file attached in the service file.</translation>
        </message>
        <message>
            <source>Unknown document kind «{kind}».</source>
            <translation>Unknown document kind «{kind}».</translation>
        </message>
        <message>
            <source>Add a program to the case first: consent is given to a program.</source>
            <translation>Add a program to the case first: consent is given to a program.</translation>
        </message>
        <message>
            <source>The case has nobody who would sign this consent.</source>
            <translation>The case has nobody who would sign this consent.</translation>
        </message>
        <message>
            <source>The program has no written result yet: it is made at the stage of the agreement, the plan or the decision.</source>
            <translation>The program has no written result yet: it is made at the stage of the agreement, the plan or the decision.</translation>
        </message>
        <message>
            <source>Reconciliation service</source>
            <translation>Reconciliation service</translation>
        </message>
        <message>
            <source>{file}, section [{section}]: {problem}</source>
            <translation>{file}, section [{section}]: {problem}</translation>
        </message>
        <message>
            <source>this must be a table of texts.</source>
            <translation>this must be a table of texts.</translation>
        </message>
        <message>
            <source>missing texts: {keys}.</source>
            <translation>missing texts: {keys}.</translation>
        </message>
        <message>
            <source>unknown texts: {keys}.</source>
            <translation>unknown texts: {keys}.</translation>
        </message>
        <message>
            <source>«{key}» must hold text.</source>
            <translation>«{key}» must hold text.</translation>
        </message>
        <message>
            <source>«{key}» uses unknown placeholders {names}; allowed: {allowed}.</source>
            <translation>«{key}» uses unknown placeholders {names}; allowed: {allowed}.</translation>
        </message>
        <message>
            <source>«{key}» must list 12 months.</source>
            <translation>«{key}» must list 12 months.</translation>
        </message>
        <message>
            <source>{file}: cannot be read: {reason}</source>
            <translation>{file}: cannot be read: {reason}</translation>
        </message>
        <message>
            <source>{file}: version must be {version}.</source>
            <translation>{file}: version must be {version}.</translation>
        </message>
        <message>
            <source>{file}: unknown section [{section}].</source>
            <translation>{file}: unknown section [{section}].</translation>
        </message>
        <message>
            <source>{file}: section [{section}] appears twice.</source>
            <translation>{file}: section [{section}] appears twice.</translation>
        </message>
        <message>
            <source>Document texts are missing: {sections}.</source>
            <translation>Document texts are missing: {sections}.</translation>
        </message>
    </context>
    <context>
        <name>gate</name>
        <message>
            <source>The file could not be read: {reason}</source>
            <translation>The file could not be read: {reason}</translation>
        </message>
        <message>
            <source>Unexpected error: {reason}</source>
            <translation>Unexpected error: {reason}</translation>
        </message>
    </context>
    <context>
        <name>install</name>
        <message>
            <source>{folder} is not a bundled rsdesk folder.</source>
            <translation>{folder} is not a bundled rsdesk folder.</translation>
        </message>
        <message>
            <source>{folder} already exists and holds something else; nothing was changed.</source>
            <translation>{folder} already exists and holds something else; nothing was changed.</translation>
        </message>
        <message>
            <source>On Windows, install rsdesk with its installer.</source>
            <translation>On Windows, install rsdesk with its installer.</translation>
        </message>
        <message>
            <source>Removed: {what}.</source>
            <translation>Removed: {what}.</translation>
        </message>
        <message>
            <source>rsdesk is not installed for this user.</source>
            <translation>rsdesk is not installed for this user.</translation>
        </message>
        <message>
            <source>Only the bundled program (the rsdesk folder from the USB stick) installs this way; from the sources, use pip.</source>
            <translation>Only the bundled program (the rsdesk folder from the USB stick) installs this way; from the sources, use pip.</translation>
        </message>
        <message>
            <source>rsdesk is installed for this user in {folder} and appears in the applications menu (Office). The service's files were not copied.</source>
            <translation>rsdesk is installed for this user in {folder} and appears in the applications menu (Office). The service's files were not copied.</translation>
        </message>
        <message>
            <source>Installing failed: {reason}. What was installed before is unchanged.</source>
            <translation>Installing failed: {reason}. What was installed before is unchanged.</translation>
        </message>
        <message>
            <source>install this bundled rsdesk for the current user (Linux, no root)</source>
            <translation>install this bundled rsdesk for the current user (Linux, no root)</translation>
        </message>
        <message>
            <source>remove the program, its menu entry and icon; the service's files are kept</source>
            <translation>remove the program, its menu entry and icon; the service's files are kept</translation>
        </message>
    </context>
    <context>
        <name>journal</name>
        <message>
            <source>A program is held only on an accepted request, and this one was declined or transferred.</source>
            <translation>A program is held only on an accepted request, and this one was declined or transferred.</translation>
        </message>
        <message>
            <source>A school service does not take this situation: {reason}. Write that the request was transferred, or correct the category.</source>
            <translation>A school service does not take this situation: {reason}. Write that the request was transferred, or correct the category.</translation>
        </message>
        <message>
            <source>Row {line}: {reason}; the case is kept as the journal records it.</source>
            <translation>Row {line}: {reason}; the case is kept as the journal records it.</translation>
        </message>
        <message>
            <source>«{name}» may be any of {members}: write the full name.</source>
            <translation>«{name}» may be any of {members}: write the full name.</translation>
        </message>
        <message>
            <source>The program cannot end before the request came ({day}).</source>
            <translation>The program cannot end before the request came ({day}).</translation>
        </message>
        <message>
            <source>This import was already undone on {day}.</source>
            <translation>This import was already undone on {day}.</translation>
        </message>
        <message>
            <source>An import can be undone for {days} days; this one could be undone until {day} and is now final.</source>
            <translation>An import can be undone for {days} days; this one could be undone until {day} and is now final.</translation>
        </message>
        <message>
            <source>The file: {reason}</source>
            <translation>The file: {reason}</translation>
        </message>
        <message>
            <source>Row {line}, «{column}»: {reason}</source>
            <translation>Row {line}, «{column}»: {reason}</translation>
        </message>
        <message>
            <source>The file holds no rows to bring in.</source>
            <translation>The file holds no rows to bring in.</translation>
        </message>
        <message>
            <source>This file was already brought in on {day}: there are no new rows in it.</source>
            <translation>This file was already brought in on {day}: there are no new rows in it.</translation>
        </message>
        <message>
            <source>Every row of this file was already brought in: there are no new rows in it.</source>
            <translation>Every row of this file was already brought in: there are no new rows in it.</translation>
        </message>
        <message>
            <source>day the request came</source>
            <translation>day the request came</translation>
        </message>
        <message>
            <source>who made the request</source>
            <translation>who made the request</translation>
        </message>
        <message>
            <source>category of the situation</source>
            <translation>category of the situation</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>participants</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <source>program</source>
            <translation>program</translation>
        </message>
        <message>
            <source>facilitators</source>
            <translation>facilitators</translation>
        </message>
        <message>
            <source>day the program ended</source>
            <translation>day the program ended</translation>
        </message>
        <message>
            <source>outcome of the program</source>
            <translation>outcome of the program</translation>
        </message>
        <message>
            <source>The case was taken from the journal: it cannot be changed. If the import holds a mistake, undo the whole import and bring the corrected file in again.</source>
            <translation>The case was taken from the journal: it cannot be changed. If the import holds a mistake, undo the whole import and bring the corrected file in again.</translation>
        </message>
        <message>
            <source>«{value}» is not a date: write it as DD.MM.YYYY.</source>
            <translation>«{value}» is not a date: write it as DD.MM.YYYY.</translation>
        </message>
        <message>
            <source>There is no such day: «{value}».</source>
            <translation>There is no such day: «{value}».</translation>
        </message>
        <message>
            <source>The date «{value}» is in the future.</source>
            <translation>The date «{value}» is in the future.</translation>
        </message>
        <message>
            <source>The date «{value}» is before 2000: check the year.</source>
            <translation>The date «{value}» is before 2000: check the year.</translation>
        </message>
        <message>
            <source>«{value}» is not an allowed value here: use one of the labels of the template.</source>
            <translation>«{value}» is not an allowed value here: use one of the labels of the template.</translation>
        </message>
        <message>
            <source>Participant {number} («{text}»): {reason}</source>
            <translation>Participant {number} («{text}»): {reason}</translation>
        </message>
        <message>
            <source>write the place and the age group in brackets after the name: Full Name (place, н/л or взр[, class]).</source>
            <translation>write the place and the age group in brackets after the name: Full Name (place, н/л or взр[, class]).</translation>
        </message>
        <message>
            <source>the name before the brackets is missing.</source>
            <translation>the name before the brackets is missing.</translation>
        </message>
        <message>
            <source>the brackets must hold the place, the age group and, if any, the class, separated by commas.</source>
            <translation>the brackets must hold the place, the age group and, if any, the class, separated by commas.</translation>
        </message>
        <message>
            <source>«{value}» is not a participant's place.</source>
            <translation>«{value}» is not a participant's place.</translation>
        </message>
        <message>
            <source>«{value}» is not an age group: write н/л or взр.</source>
            <translation>«{value}» is not an age group: write н/л or взр.</translation>
        </message>
        <message>
            <source>Separate the facilitators with «;», not with commas.</source>
            <translation>Separate the facilitators with «;», not with commas.</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: a journal is far smaller.</source>
            <translation>The file is larger than {limit} MB: a journal is far smaller.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>This is an old Excel file (XLS): save it as XLSX or as CSV UTF-8 and try again.</source>
            <translation>This is an old Excel file (XLS): save it as XLSX or as CSV UTF-8 and try again.</translation>
        </message>
        <message>
            <source>The file is not a valid XLSX workbook: it is damaged.</source>
            <translation>The file is not a valid XLSX workbook: it is damaged.</translation>
        </message>
        <message>
            <source>The file holds binary data: it is not a table.</source>
            <translation>The file holds binary data: it is not a table.</translation>
        </message>
        <message>
            <source>The file is not in UTF-8 encoding: save it as CSV UTF-8 and try again.</source>
            <translation>The file is not in UTF-8 encoding: save it as CSV UTF-8 and try again.</translation>
        </message>
        <message>
            <source>The CSV file is malformed: {error}.</source>
            <translation>The CSV file is malformed: {error}.</translation>
        </message>
        <message>
            <source>The file has lost its letters (they became «?»): it was saved in an encoding without Cyrillic. Save it as CSV UTF-8 and try again.</source>
            <translation>The file has lost its letters (they became «?»): it was saved in an encoding without Cyrillic. Save it as CSV UTF-8 and try again.</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows: split it into smaller files.</source>
            <translation>The file has more than {limit} rows: split it into smaller files.</translation>
        </message>
        <message>
            <source>The workbook unpacks to far more data than a journal holds: it is refused.</source>
            <translation>The workbook unpacks to far more data than a journal holds: it is refused.</translation>
        </message>
        <message>
            <source>This is an OpenDocument spreadsheet (ODS): save it as XLSX or as CSV UTF-8 and try again.</source>
            <translation>This is an OpenDocument spreadsheet (ODS): save it as XLSX or as CSV UTF-8 and try again.</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>The file has no header row.</translation>
        </message>
        <message>
            <source>Row {line} has a cell longer than {limit} characters: it is not a journal entry.</source>
            <translation>Row {line} has a cell longer than {limit} characters: it is not a journal entry.</translation>
        </message>
        <message>
            <source>Row {line} is the template's example: it is skipped.</source>
            <translation>Row {line} is the template's example: it is skipped.</translation>
        </message>
        <message>
            <source>This is the template's example text: replace it or delete the row.</source>
            <translation>This is the template's example text: replace it or delete the row.</translation>
        </message>
        <message>
            <source>«{field}» is not a field of the journal.</source>
            <translation>«{field}» is not a field of the journal.</translation>
        </message>
        <message>
            <source>The file has no column «{header}».</source>
            <translation>The file has no column «{header}».</translation>
        </message>
        <message>
            <source>Two columns are named «{header}»: rename one.</source>
            <translation>Two columns are named «{header}»: rename one.</translation>
        </message>
        <message>
            <source>The file has no column «{header}»: it is required. Name a column so, or map a column of the file to it.</source>
            <translation>The file has no column «{header}»: it is required. Name a column so, or map a column of the file to it.</translation>
        </message>
        <message>
            <source>The file has no column «{header}»: it is required where programs were held.</source>
            <translation>The file has no column «{header}»: it is required where programs were held.</translation>
        </message>
        <message>
            <source>The value is required here.</source>
            <translation>The value is required here.</translation>
        </message>
        <message>
            <source>The value is required when a program is held.</source>
            <translation>The value is required when a program is held.</translation>
        </message>
        <message>
            <source>A declined or transferred request cannot have a program: clear the program or the decision.</source>
            <translation>A declined or transferred request cannot have a program: clear the program or the decision.</translation>
        </message>
        <message>
            <source>Filled in, but the row has no program.</source>
            <translation>Filled in, but the row has no program.</translation>
        </message>
        <message>
            <source>The program cannot end before the request came.</source>
            <translation>The program cannot end before the request came.</translation>
        </message>
        <message>
            <source>taken from the journal</source>
            <translation>taken from the journal</translation>
        </message>
        <message>
            <source>the journal gives no reason</source>
            <translation>the journal gives no reason</translation>
        </message>
        <message>
            <source>the journal does not name it</source>
            <translation>the journal does not name it</translation>
        </message>
    </context>
    <context>
        <name>journal-cli</name>
        <message>
            <source>rsdesk import VAULT FILE [--map COLUMN=FIELD ...] [--dry-run]
       rsdesk import --template FILE.xlsx [--force]</source>
            <translation>rsdesk import VAULT FILE [--map COLUMN=FIELD ...] [--dry-run]
       rsdesk import --template FILE.xlsx [--force]</translation>
        </message>
        <message>
            <source>bring in a journal kept on paper or in a spreadsheet</source>
            <translation>bring in a journal kept on paper or in a spreadsheet</translation>
        </message>
        <message>
            <source>Reads an XLSX or CSV journal in the template of the domain brief, shows what it adds and imports it whole, or nothing when a row is wrong. The password is taken from RSDESK_PASSWORD or asked. With --template, writes an empty template instead.</source>
            <translation>Reads an XLSX or CSV journal in the template of the domain brief, shows what it adds and imports it whole, or nothing when a row is wrong. The password is taken from RSDESK_PASSWORD or asked. With --template, writes an empty template instead.</translation>
        </message>
        <message>
            <source>VAULT FILE</source>
            <translation>VAULT FILE</translation>
        </message>
        <message>
            <source>the service file, then the journal (XLSX or CSV)</source>
            <translation>the service file, then the journal (XLSX or CSV)</translation>
        </message>
        <message>
            <source>COLUMN=FIELD</source>
            <translation>COLUMN=FIELD</translation>
        </message>
        <message>
            <source>read a column of another name as a field of the template, e.g. «Кем направлено=Кто обратился» or «Кем направлено=source» (the field by its header in the template or its key); may be repeated</source>
            <translation>read a column of another name as a field of the template, e.g. «Кем направлено=Кто обратился» or «Кем направлено=source» (the field by its header in the template or its key); may be repeated</translation>
        </message>
        <message>
            <source>only check the file and show what it would add</source>
            <translation>only check the file and show what it would add</translation>
        </message>
        <message>
            <source>FILE.xlsx</source>
            <translation>FILE.xlsx</translation>
        </message>
        <message>
            <source>write an empty template with the lists of values</source>
            <translation>write an empty template with the lists of values</translation>
        </message>
        <message>
            <source>replace an existing file with the template</source>
            <translation>replace an existing file with the template</translation>
        </message>
        <message>
            <source>--template takes no vault and no journal.</source>
            <translation>--template takes no vault and no journal.</translation>
        </message>
        <message>
            <source>Name the service file and the journal: VAULT FILE.</source>
            <translation>Name the service file and the journal: VAULT FILE.</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it.</source>
            <translation>{path} already exists; add --force to replace it.</translation>
        </message>
        <message>
            <source>The journal template is written: {path}</source>
            <translation>The journal template is written: {path}</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>Cannot read {path}: {error}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Cannot write {path}: {error}</translation>
        </message>
        <message>
            <source>The file has no column «{column}». Its columns: {columns}.</source>
            <translation>The file has no column «{column}». Its columns: {columns}.</translation>
        </message>
        <message>
            <source>«{pair}»: write COLUMN=FIELD, the field being one of: {fields}.</source>
            <translation>«{pair}»: write COLUMN=FIELD, the field being one of: {fields}.</translation>
        </message>
        <message>
            <source>Only the curator of the service imports a journal.</source>
            <translation>Only the curator of the service imports a journal.</translation>
        </message>
        <message>
            <source>Nothing is imported: correct the file first.</source>
            <translation>Nothing is imported: correct the file first.</translation>
        </message>
        <message>
            <source>Checked; nothing is imported (--dry-run).</source>
            <translation>Checked; nothing is imported (--dry-run).</translation>
        </message>
        <message>
            <source>Imported: {rows}. It can be undone until {day} («Файл → Перенесённые журналы…»).</source>
            <translation>Imported: {rows}. It can be undone until {day} («Файл → Перенесённые журналы…»).</translation>
        </message>
        <message>
            <source>{file}: rows read {rows}, new {new}, brought in before {old}.</source>
            <translation>{file}: rows read {rows}, new {new}, brought in before {old}.</translation>
        </message>
        <message>
            <source>Rows with errors ({count}): {rows}.</source>
            <translation>Rows with errors ({count}): {rows}.</translation>
        </message>
        <message>
            <source>Already brought in, skipped: rows {rows}.</source>
            <translation>Already brought in, skipped: rows {rows}.</translation>
        </message>
        <message>
            <source>{year}: requests {requests}, programs completed {programs} (with an agreement {agreements}), stopped {stopped}.</source>
            <translation>{year}: requests {requests}, programs completed {programs} (with an agreement {agreements}), stopped {stopped}.</translation>
        </message>
        <message>
            <source>Added to the roster: {names}.</source>
            <translation>Added to the roster: {names}.</translation>
        </message>
        <message>
            <source>Columns not read: {columns}.</source>
            <translation>Columns not read: {columns}.</translation>
        </message>
    </context>
    <context>
        <name>keys</name>
        <message>
            <source>Young mediators no longer sign in with a password of their own. Ask your curator or an adult mediator to sign in and hand the session over to you.</source>
            <translation>Young mediators no longer sign in with a password of their own. Ask your curator or an adult mediator to sign in and hand the session over to you.</translation>
        </message>
    </context>
    <context>
        <name>passwords</name>
        <message>
            <source>the digits «{word}»</source>
            <translation>the digits «{word}»</translation>
        </message>
        <message>
            <source>the word «{word}»</source>
            <translation>the word «{word}»</translation>
        </message>
        <message>
            <source>a row of the keyboard or the alphabet</source>
            <translation>a row of the keyboard or the alphabet</translation>
        </message>
        <message>
            <source>a year</source>
            <translation>a year</translation>
        </message>
        <message>
            <source>Add words, digits or signs that only you know.</source>
            <translation>Add words, digits or signs that only you know.</translation>
        </message>
        <message>
            <source>Weak, not accepted: easy to guess.</source>
            <translation>Weak, not accepted: easy to guess.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} and {last}</translation>
        </message>
        <message>
            <source>Weak, not accepted: it has {what}.</source>
            <translation>Weak, not accepted: it has {what}.</translation>
        </message>
        <message>
            <source>Too short: at least {n} characters.</source>
            <translation>Too short: at least {n} characters.</translation>
        </message>
        <message>
            <source>Fair. A few more words or characters will make it strong.</source>
            <translation>Fair. A few more words or characters will make it strong.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Strong.</translation>
        </message>
    </context>
    <context>
        <name>procedures</name>
        <message>
            <source>The facilitator has not mastered the module «{module}» needed to lead «{program}».</source>
            <translation>The facilitator has not mastered the module «{module}» needed to lead «{program}».</translation>
        </message>
        <message>
            <source>The facilitator has not mastered the module «{module}» needed for a case of the category «{category}».</source>
            <translation>The facilitator has not mastered the module «{module}» needed for a case of the category «{category}».</translation>
        </message>
        <message>
            <source>The stage «{title}» has no record number {number}.</source>
            <translation>The stage «{title}» has no record number {number}.</translation>
        </message>
        <message>
            <source>No agreement has been recorded in this program yet.</source>
            <translation>No agreement has been recorded in this program yet.</translation>
        </message>
        <message>
            <source>The stage «{title}», which comes before it, is not finished now.</source>
            <translation>The stage «{title}», which comes before it, is not finished now.</translation>
        </message>
        <message>
            <source>It is dated {day}, earlier than the stage «{title}» it follows ({then}).</source>
            <translation>It is dated {day}, earlier than the stage «{title}» it follows ({then}).</translation>
        </message>
        <message>
            <source>The date cannot be later than {day}, today.</source>
            <translation>The date cannot be later than {day}, today.</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {day}, the day the request came in.</source>
            <translation>The date cannot be earlier than {day}, the day the request came in.</translation>
        </message>
        <message>
            <source>Write down the reason.</source>
            <translation>Write down the reason.</translation>
        </message>
        <message>
            <source>{who} already takes part in the program.</source>
            <translation>{who} already takes part in the program.</translation>
        </message>
        <message>
            <source>«{id}» is not a participant of this program.</source>
            <translation>«{id}» is not a participant of this program.</translation>
        </message>
        <message>
            <source>Before asking {who} for consent, explain: {items}.</source>
            <translation>Before asking {who} for consent, explain: {items}.</translation>
        </message>
        <message>
            <source>Consent can be asked only after {who} has heard what the restorative approach is and what legal consequences taking part may have.</source>
            <translation>Consent can be asked only after {who} has heard what the restorative approach is and what legal consequences taking part may have.</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {day}, when the stage «{title}» was held.</source>
            <translation>The date cannot be earlier than {day}, when the stage «{title}» was held.</translation>
        </message>
        <message>
            <source>The program has no stage «{key}».</source>
            <translation>The program has no stage «{key}».</translation>
        </message>
        <message>
            <source>This program is no longer running: {outcome}.</source>
            <translation>This program is no longer running: {outcome}.</translation>
        </message>
        <message>
            <source>First finish the stage «{title}».</source>
            <translation>First finish the stage «{title}».</translation>
        </message>
        <message>
            <source>This stage was skipped.</source>
            <translation>This stage was skipped.</translation>
        </message>
        <message>
            <source>This stage is already done.</source>
            <translation>This stage is already done.</translation>
        </message>
        <message>
            <source>Choose the participant this stage is held with.</source>
            <translation>Choose the participant this stage is held with.</translation>
        </message>
        <message>
            <source>This stage is not held with {who}.</source>
            <translation>This stage is not held with {who}.</translation>
        </message>
        <message>
            <source>This stage has already been held with {who}.</source>
            <translation>This stage has already been held with {who}.</translation>
        </message>
        <message>
            <source>Record the informed consent of {who} before finishing this stage; if they do not agree, record their refusal.</source>
            <translation>Record the informed consent of {who} before finishing this stage; if they do not agree, record their refusal.</translation>
        </message>
        <message>
            <source>This stage cannot be skipped.</source>
            <translation>This stage cannot be skipped.</translation>
        </message>
        <message>
            <source>Before passing the information on, tell the participants that it will be disclosed and to whom, and mark who was told.</source>
            <translation>Before passing the information on, tell the participants that it will be disclosed and to whom, and mark who was told.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>The date cannot be in the future.</translation>
        </message>
        <message>
            <source>There is no training warning to override.</source>
            <translation>There is no training warning to override.</translation>
        </message>
        <message>
            <source>«{label}»: enter text.</source>
            <translation>«{label}»: enter text.</translation>
        </message>
        <message>
            <source>«{label}»: write at least {count} characters.</source>
            <translation>«{label}»: write at least {count} characters.</translation>
        </message>
        <message>
            <source>«{label}»: no more than {count} characters, please.</source>
            <translation>«{label}»: no more than {count} characters, please.</translation>
        </message>
        <message>
            <source>«{label}»: enter a date.</source>
            <translation>«{label}»: enter a date.</translation>
        </message>
        <message>
            <source>«{label}»: the date cannot be in the future.</source>
            <translation>«{label}»: the date cannot be in the future.</translation>
        </message>
        <message>
            <source>«{label}»: choose participants.</source>
            <translation>«{label}»: choose participants.</translation>
        </message>
        <message>
            <source>«{label}»: these people are not participants of the program: {ids}.</source>
            <translation>«{label}»: these people are not participants of the program: {ids}.</translation>
        </message>
        <message>
            <source>«{label}»: someone chosen has an unsuitable role.</source>
            <translation>«{label}»: someone chosen has an unsuitable role.</translation>
        </message>
        <message>
            <source>«{label}»: choose at least {count}.</source>
            <translation>«{label}»: choose at least {count}.</translation>
        </message>
        <message>
            <source>«{label}»: every item needs who (participants), what they do, and by when.</source>
            <translation>«{label}»: every item needs who (participants), what they do, and by when.</translation>
        </message>
        <message>
            <source>«{label}»: enter a number.</source>
            <translation>«{label}»: enter a number.</translation>
        </message>
        <message>
            <source>«{label}»: the number must be between {low} and {high}.</source>
            <translation>«{label}»: the number must be between {low} and {high}.</translation>
        </message>
        <message>
            <source>«{label}»: answer yes or no.</source>
            <translation>«{label}»: answer yes or no.</translation>
        </message>
        <message>
            <source>«{label}»: this must be done before going on.</source>
            <translation>«{label}»: this must be done before going on.</translation>
        </message>
        <message>
            <source>«{label}»: choose one option.</source>
            <translation>«{label}»: choose one option.</translation>
        </message>
        <message>
            <source>The stage has no field «{key}».</source>
            <translation>The stage has no field «{key}».</translation>
        </message>
        <message>
            <source>Fill in «{label}».</source>
            <translation>Fill in «{label}».</translation>
        </message>
        <message>
            <source>already defined in {other}</source>
            <translation>already defined in {other}</translation>
        </message>
        <message>
            <source>program types without a file: {missing}</source>
            <translation>program types without a file: {missing}</translation>
        </message>
        <message>
            <source>unknown field type «{value}»; known: {known}</source>
            <translation>unknown field type «{value}»; known: {known}</translation>
        </message>
        <message>
            <source>a value is repeated</source>
            <translation>a value is repeated</translation>
        </message>
        <message>
            <source>is greater than {other}</source>
            <translation>is greater than {other}</translation>
        </message>
        <message>
            <source>unknown value «{value}»; known: {known}</source>
            <translation>unknown value «{value}»; known: {known}</translation>
        </message>
        <message>
            <source>«{binds}» needs a field of type {type}</source>
            <translation>«{binds}» needs a field of type {type}</translation>
        </message>
        <message>
            <source>the fulfilment choices must be exactly: {known}</source>
            <translation>the fulfilment choices must be exactly: {known}</translation>
        </message>
        <message>
            <source>unknown stage kind «{value}»; known: {known}</source>
            <translation>unknown stage kind «{value}»; known: {known}</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>must be a list</translation>
        </message>
        <message>
            <source>two fields have the same key or the same binding</source>
            <translation>two fields have the same key or the same binding</translation>
        </message>
        <message>
            <source>a stage has one date of its own: one of {known}</source>
            <translation>a stage has one date of its own: one of {known}</translation>
        </message>
        <message>
            <source>a stage held with each participant must name their roles</source>
            <translation>a stage held with each participant must name their roles</translation>
        </message>
        <message>
            <source>consent is collected only in a stage held with each participant</source>
            <translation>consent is collected only in a stage held with each participant</translation>
        </message>
        <message>
            <source>a meeting held with several people needs a participants field with binds = "attendees"</source>
            <translation>a meeting held with several people needs a participants field with binds = "attendees"</translation>
        </message>
        <message>
            <source>not valid TOML: {error}</source>
            <translation>not valid TOML: {error}</translation>
        </message>
        <message>
            <source>unsupported version; this program reads version {version}</source>
            <translation>unsupported version; this program reads version {version}</translation>
        </message>
        <message>
            <source>must name at least one program type</source>
            <translation>must name at least one program type</translation>
        </message>
        <message>
            <source>must name at least one role</source>
            <translation>must name at least one role</translation>
        </message>
        <message>
            <source>needs the items {keys}, each once</source>
            <translation>needs the items {keys}, each once</translation>
        </message>
        <message>
            <source>a stage with this key already exists</source>
            <translation>a stage with this key already exists</translation>
        </message>
        <message>
            <source>no earlier stage «{value}» to wait for</source>
            <translation>no earlier stage «{value}» to wait for</translation>
        </message>
        <message>
            <source>stage «{stage}» waits for «{value}», which this program does not have</source>
            <translation>stage «{stage}» waits for «{value}», which this program does not have</translation>
        </message>
        <message>
            <source>the last stage, and only it, must be of kind closure</source>
            <translation>the last stage, and only it, must be of kind closure</translation>
        </message>
        <message>
            <source>a program type of its own must say what it counts as in the yearly statistics: counts_as = one of {known}</source>
            <translation>a program type of its own must say what it counts as in the yearly statistics: counts_as = one of {known}</translation>
        </message>
        <message>
            <source>a program type of the statistics file counts as itself</source>
            <translation>a program type of the statistics file counts as itself</translation>
        </message>
        <message>
            <source>No participant with the role «{role}» is in the program, and their voluntary consent is needed.</source>
            <translation>No participant with the role «{role}» is in the program, and their voluntary consent is needed.</translation>
        </message>
        <message>
            <source>The consent of {who} is missing.</source>
            <translation>The consent of {who} is missing.</translation>
        </message>
        <message>
            <source>{who} is a minor: add their parent or legal representative to the program and ask for their consent.</source>
            <translation>{who} is a minor: add their parent or legal representative to the program and ask for their consent.</translation>
        </message>
        <message>
            <source>The consent of the legal representative {representative}, who stands for {who}, is missing.</source>
            <translation>The consent of the legal representative {representative}, who stands for {who}, is missing.</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>must be a table</translation>
        </message>
        <message>
            <source>unknown key; allowed here: {allowed}</source>
            <translation>unknown key; allowed here: {allowed}</translation>
        </message>
        <message>
            <source>required key missing</source>
            <translation>required key missing</translation>
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation>must be a non-empty text</translation>
        </message>
        <message>
            <source>must be a key of small Latin letters, digits and _</source>
            <translation>must be a key of small Latin letters, digits and _</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>must be true or false</translation>
        </message>
        <message>
            <source>must be a whole number of at least {minimum}</source>
            <translation>must be a whole number of at least {minimum}</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>must be a number</translation>
        </message>
        <message>
            <source>must be a non-empty list of tables</source>
            <translation>must be a non-empty list of tables</translation>
        </message>
        <message>
            <source>«{label}»: {planned} is earlier than «{day_label}» ({day}).</source>
            <translation>«{label}»: {planned} is earlier than «{day_label}» ({day}).</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>The date cannot be earlier than {day}, the day of the stage «{title}» this one follows.</source>
            <translation>The date cannot be earlier than {day}, the day of the stage «{title}» this one follows.</translation>
        </message>
        <message>
            <source>This stage does not record how the agreement is kept.</source>
            <translation>This stage does not record how the agreement is kept.</translation>
        </message>
        <message>
            <source>{what} ({who}, by {by})</source>
            <translation>{what} ({who}, by {by})</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Item «{what}» kept</source>
            <translation>Item «{what}» kept</translation>
        </message>
        <message>
            <source>Agreement item {number}</source>
            <translation>Agreement item {number}</translation>
        </message>
        <message>
            <source>what was explained before consent</source>
            <translation>what was explained before consent</translation>
        </message>
        <message>
            <source>consent to take part</source>
            <translation>consent to take part</translation>
        </message>
        <message>
            <source>stage «{title}»</source>
            <translation>stage «{title}»</translation>
        </message>
        <message>
            <source>stage «{title}» corrected</source>
            <translation>stage «{title}» corrected</translation>
        </message>
        <message>
            <source>record of the stage «{title}» taken back</source>
            <translation>record of the stage «{title}» taken back</translation>
        </message>
        <message>
            <source>agreement items corrected</source>
            <translation>agreement items corrected</translation>
        </message>
        <message>
            <source>a participant joined the program</source>
            <translation>a participant joined the program</translation>
        </message>
        <message>
            <source>stage «{title}» skipped</source>
            <translation>stage «{title}» skipped</translation>
        </message>
        <message>
            <source>a participant refused</source>
            <translation>a participant refused</translation>
        </message>
        <message>
            <source>stopped by the mediator</source>
            <translation>stopped by the mediator</translation>
        </message>
        <message>
            <source>handed over to another facilitator</source>
            <translation>handed over to another facilitator</translation>
        </message>
        <message>
            <source>transferred to another service</source>
            <translation>transferred to another service</translation>
        </message>
        <message>
            <source>exception from confidentiality</source>
            <translation>exception from confidentiality</translation>
        </message>
        <message>
            <source>Check how the agreement is kept: {program}</source>
            <translation>Check how the agreement is kept: {program}</translation>
        </message>
        <message>
            <source>The curator {curator} allowed the program to be led without the training it calls for. Reason: {reason}</source>
            <translation>The curator {curator} allowed the program to be led without the training it calls for. Reason: {reason}</translation>
        </message>
    </context>
    <context>
        <name>programs</name>
        <message>
            <source>Choose who takes part.</source>
            <translation>Choose who takes part.</translation>
        </message>
        <message>
            <source>Write down why the curator allows it.</source>
            <translation>Write down why the curator allows it.</translation>
        </message>
        <message>
            <source>This program belongs to another case.</source>
            <translation>This program belongs to another case.</translation>
        </message>
        <message>
            <source>Choose a participant of the case.</source>
            <translation>Choose a participant of the case.</translation>
        </message>
        <message>
            <source>A parent or legal representative stands for a minor who takes part in the program.</source>
            <translation>A parent or legal representative stands for a minor who takes part in the program.</translation>
        </message>
        <message>
            <source>Choose at least one adult facilitator: young mediators work only together with an adult.</source>
            <translation>Choose at least one adult facilitator: young mediators work only together with an adult.</translation>
        </message>
        <message>
            <source>{name} is not on this case: {reason}</source>
            <translation>{name} is not on this case: {reason}</translation>
        </message>
        <message>
            <source>Only the curator may allow a program despite a training warning; ask the curator.</source>
            <translation>Only the curator may allow a program despite a training warning; ask the curator.</translation>
        </message>
    </context>
    <context>
        <name>register</name>
        <message>
            <source>Describe the situation in a few words.</source>
            <translation>Describe the situation in a few words.</translation>
        </message>
        <message>
            <source>Choose the category of the situation.</source>
            <translation>Choose the category of the situation.</translation>
        </message>
        <message>
            <source>Choose the program type.</source>
            <translation>Choose the program type.</translation>
        </message>
        <message>
            <source>has not completed the 36-hour program for young mediators</source>
            <translation>has not completed the 36-hour program for young mediators</translation>
        </message>
        <message>
            <source>young mediators co-mediate restorative mediation only</source>
            <translation>young mediators co-mediate restorative mediation only</translation>
        </message>
        <message>
            <source>this situation is for adult mediators only</source>
            <translation>this situation is for adult mediators only</translation>
        </message>
        <message>
            <source>module {module} not completed</source>
            <translation>module {module} not completed</translation>
        </message>
        <message>
            <source>adult mediator</source>
            <translation>adult mediator</translation>
        </message>
        <message>
            <source>young mediator</source>
            <translation>young mediator</translation>
        </message>
        <message>
            <source>module of the 254-hour program</source>
            <translation>module of the 254-hour program</translation>
        </message>
        <message>
            <source>36-hour program for young mediators</source>
            <translation>36-hour program for young mediators</translation>
        </message>
        <message>
            <source>monthly seminar</source>
            <translation>monthly seminar</translation>
        </message>
        <message>
            <source>supervision</source>
            <translation>supervision</translation>
        </message>
        <message>
            <source>intervision</source>
            <translation>intervision</translation>
        </message>
        <message>
            <source>registered, awaiting a decision</source>
            <translation>registered, awaiting a decision</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>declined</translation>
        </message>
        <message>
            <source>transferred</source>
            <translation>transferred</translation>
        </message>
        <message>
            <source>no decision in the journal</source>
            <translation>no decision in the journal</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>lead mediator</source>
            <translation>lead mediator</translation>
        </message>
        <message>
            <source>co-mediator</source>
            <translation>co-mediator</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>finished</translation>
        </message>
        <message>
            <source>request registered</source>
            <translation>request registered</translation>
        </message>
        <message>
            <source>decision on the request</source>
            <translation>decision on the request</translation>
        </message>
        <message>
            <source>program started</source>
            <translation>program started</translation>
        </message>
        <message>
            <source>preliminary meeting</source>
            <translation>preliminary meeting</translation>
        </message>
        <message>
            <source>joint meeting</source>
            <translation>joint meeting</translation>
        </message>
        <message>
            <source>agreement signed</source>
            <translation>agreement signed</translation>
        </message>
        <message>
            <source>program ended</source>
            <translation>program ended</translation>
        </message>
        <message>
            <source>follow-up on the agreement</source>
            <translation>follow-up on the agreement</translation>
        </message>
        <message>
            <source>planned meeting</source>
            <translation>planned meeting</translation>
        </message>
        <message>
            <source>case closed</source>
            <translation>case closed</translation>
        </message>
        <message>
            <source>case reopened</source>
            <translation>case reopened</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>offences of minors belong to a territorial service</source>
            <translation>offences of minors belong to a territorial service</translation>
        </message>
        <message>
            <source>the school administration is a party: a school service cannot stay neutral here</source>
            <translation>the school administration is a party: a school service cannot stay neutral here</translation>
        </message>
        <message>
            <source>Enter a real date as dd.mm.yyyy.</source>
            <translation>Enter a real date as dd.mm.yyyy.</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>Enter the date.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>The date cannot be in the future.</translation>
        </message>
        <message>
            <source>The date is too far in the past: check the year.</source>
            <translation>The date is too far in the past: check the year.</translation>
        </message>
        <message>
            <source>Enter the participant's name.</source>
            <translation>Enter the participant's name.</translation>
        </message>
        <message>
            <source>Choose the participant's role.</source>
            <translation>Choose the participant's role.</translation>
        </message>
        <message>
            <source>Unknown role: choose one from the list.</source>
            <translation>Unknown role: choose one from the list.</translation>
        </message>
        <message>
            <source>Say whether the participant is a minor or an adult.</source>
            <translation>Say whether the participant is a minor or an adult.</translation>
        </message>
        <message>
            <source>A minor is from 0 to 17 years old.</source>
            <translation>A minor is from 0 to 17 years old.</translation>
        </message>
        <message>
            <source>An adult is 18 years old or more.</source>
            <translation>An adult is 18 years old or more.</translation>
        </message>
        <message>
            <source>Write the class like 7Б.</source>
            <translation>Write the class like 7Б.</translation>
        </message>
        <message>
            <source>Choose who the request came from.</source>
            <translation>Choose who the request came from.</translation>
        </message>
        <message>
            <source>Unknown source: choose one from the list.</source>
            <translation>Unknown source: choose one from the list.</translation>
        </message>
        <message>
            <source>Unknown category: choose one from the list.</source>
            <translation>Unknown category: choose one from the list.</translation>
        </message>
        <message>
            <source>Add at least one participant.</source>
            <translation>Add at least one participant.</translation>
        </message>
        <message>
            <source>The decision cannot come before the request was received ({received}).</source>
            <translation>The decision cannot come before the request was received ({received}).</translation>
        </message>
        <message>
            <source>Enter the mediator's name.</source>
            <translation>Enter the mediator's name.</translation>
        </message>
        <message>
            <source>Choose adult or young mediator.</source>
            <translation>Choose adult or young mediator.</translation>
        </message>
        <message>
            <source>The curator is an adult.</source>
            <translation>The curator is an adult.</translation>
        </message>
        <message>
            <source>A year of service is out of range.</source>
            <translation>A year of service is out of range.</translation>
        </message>
        <message>
            <source>Choose the kind of training.</source>
            <translation>Choose the kind of training.</translation>
        </message>
        <message>
            <source>Choose the module, M1 to M7.</source>
            <translation>Choose the module, M1 to M7.</translation>
        </message>
        <message>
            <source>Hours must be more than 0 and at most 400.</source>
            <translation>Hours must be more than 0 and at most 400.</translation>
        </message>
        <message>
            <source>Unknown program status.</source>
            <translation>Unknown program status.</translation>
        </message>
        <message>
            <source>Enter the date the program started.</source>
            <translation>Enter the date the program started.</translation>
        </message>
        <message>
            <source>Choose how the program ended.</source>
            <translation>Choose how the program ended.</translation>
        </message>
        <message>
            <source>A program with an end date or outcome is finished.</source>
            <translation>A program with an end date or outcome is finished.</translation>
        </message>
        <message>
            <source>The end cannot come before the start.</source>
            <translation>The end cannot come before the start.</translation>
        </message>
        <message>
            <source>Enter a number from 0 to 1000.</source>
            <translation>Enter a number from 0 to 1000.</translation>
        </message>
        <message>
            <source>A completed program had participants: enter how many.</source>
            <translation>A completed program had participants: enter how many.</translation>
        </message>
        <message>
            <source>Choose lead or co-mediator.</source>
            <translation>Choose lead or co-mediator.</translation>
        </message>
        <message>
            <source>A young mediator works beside an adult: assign as co-mediator.</source>
            <translation>A young mediator works beside an adult: assign as co-mediator.</translation>
        </message>
        <message>
            <source>Choose the kind of event.</source>
            <translation>Choose the kind of event.</translation>
        </message>
        <message>
            <source>Write the time like 14:30, or leave it empty.</source>
            <translation>Write the time like 14:30, or leave it empty.</translation>
        </message>
        <message>
            <source>Keep the note short (at most {limit} characters): the place, what to bring. What participants said does not belong here.</source>
            <translation>Keep the note short (at most {limit} characters): the place, what to bring. What participants said does not belong here.</translation>
        </message>
        <message>
            <source>The case cannot close before it opened.</source>
            <translation>The case cannot close before it opened.</translation>
        </message>
        <message>
            <source>The case is already closed.</source>
            <translation>The case is already closed.</translation>
        </message>
        <message>
            <source>Finish or remove the programs still under way before closing the case.</source>
            <translation>Finish or remove the programs still under way before closing the case.</translation>
        </message>
        <message>
            <source>The case is open.</source>
            <translation>The case is open.</translation>
        </message>
        <message>
            <source>The case cannot reopen before it closed ({closed}).</source>
            <translation>The case cannot reopen before it closed ({closed}).</translation>
        </message>
        <message>
            <source>A program cannot start before the case opened.</source>
            <translation>A program cannot start before the case opened.</translation>
        </message>
        <message>
            <source>Enter the document's title.</source>
            <translation>Enter the document's title.</translation>
        </message>
        <message>
            <source>create a service file with invented cases, for practice and benchmarks</source>
            <translation>create a service file with invented cases, for practice and benchmarks</translation>
        </message>
        <message>
            <source>Creates a new service file with invented cases (names are generated). The password is taken from the RSDESK_PASSWORD environment variable.</source>
            <translation>Creates a new service file with invented cases (names are generated). The password is taken from the RSDESK_PASSWORD environment variable.</translation>
        </message>
        <message>
            <source>the new file</source>
            <translation>the new file</translation>
        </message>
        <message>
            <source>number of cases</source>
            <translation>number of cases</translation>
        </message>
        <message>
            <source>the last year (this year)</source>
            <translation>the last year (this year)</translation>
        </message>
        <message>
            <source>number of years, 1 or more</source>
            <translation>number of years, 1 or more</translation>
        </message>
        <message>
            <source>the same seed, the same cases</source>
            <translation>the same seed, the same cases</translation>
        </message>
        <message>
            <source>Set the password of the new file in the RSDESK_PASSWORD environment variable.</source>
            <translation>Set the password of the new file in the RSDESK_PASSWORD environment variable.</translation>
        </message>
        <message>
            <source>The number of cases must be 0 or more, the years 1 or more, and the year not later than this one.</source>
            <translation>The number of cases must be 0 or more, the years 1 or more, and the year not later than this one.</translation>
        </message>
        <message>
            <source>Created {path}: {cases} cases, {requests} requests, {mediators} mediators.</source>
            <translation>Created {path}: {cases} cases, {requests} requests, {mediators} mediators.</translation>
        </message>
        <message>
            <source>Recovery key: {key}</source>
            <translation>Recovery key: {key}</translation>
        </message>
        <message>
            <source>The date cannot be before the case opened.</source>
            <translation>The date cannot be before the case opened.</translation>
        </message>
        <message>
            <source>This request has already been decided.</source>
            <translation>This request has already been decided.</translation>
        </message>
        <message>
            <source>A school service should transfer this request to a territorial one. Transfer it, or confirm that the service takes it anyway.</source>
            <translation>A school service should transfer this request to a territorial one. Transfer it, or confirm that the service takes it anyway.</translation>
        </message>
        <message>
            <source>Give the reason for declining.</source>
            <translation>Give the reason for declining.</translation>
        </message>
        <message>
            <source>Name the service it is transferred to.</source>
            <translation>Name the service it is transferred to.</translation>
        </message>
        <message>
            <source>Young mediators take the 36-hour program, not modules.</source>
            <translation>Young mediators take the 36-hour program, not modules.</translation>
        </message>
        <message>
            <source>The 36-hour program is for young mediators.</source>
            <translation>The 36-hour program is for young mediators.</translation>
        </message>
        <message>
            <source>The register was written by a newer version of rsdesk (schema {found}); this one knows up to {known}. Update rsdesk.</source>
            <translation>The register was written by a newer version of rsdesk (schema {found}); this one knows up to {known}. Update rsdesk.</translation>
        </message>
        <message>
            <source>Choose a school or a territorial service.</source>
            <translation>Choose a school or a territorial service.</translation>
        </message>
        <message>
            <source>Enter the name of the organisation.</source>
            <translation>Enter the name of the organisation.</translation>
        </message>
        <message>
            <source>Enter the region.</source>
            <translation>Enter the region.</translation>
        </message>
        <message>
            <source>Enter the municipality.</source>
            <translation>Enter the municipality.</translation>
        </message>
        <message>
            <source>Enter the curator's name.</source>
            <translation>Enter the curator's name.</translation>
        </message>
        <message>
            <source>This register already has a service.</source>
            <translation>This register already has a service.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <source>The retention period is from {first} to {last} years.</source>
            <translation>The retention period is from {first} to {last} years.</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Young mediators have no password of their own: an adult signs in and hands the session over to them.</source>
            <translation>Young mediators have no password of their own: an adult signs in and hands the session over to them.</translation>
        </message>
        <message>
            <source>Only an adult can do this.</source>
            <translation>Only an adult can do this.</translation>
        </message>
        <message>
            <source>The session can be handed over only to a young mediator.</source>
            <translation>The session can be handed over only to a young mediator.</translation>
        </message>
        <message>
            <source>You cannot take away your own access.</source>
            <translation>You cannot take away your own access.</translation>
        </message>
        <message>
            <source>This person has no password.</source>
            <translation>This person has no password.</translation>
        </message>
        <message>
            <source>You cannot take the curator's role from yourself; another curator can.</source>
            <translation>You cannot take the curator's role from yourself; another curator can.</translation>
        </message>
        <message>
            <source>The service must keep a curator.</source>
            <translation>The service must keep a curator.</translation>
        </message>
        <message>
            <source>Take away this person's password first: young mediators have none.</source>
            <translation>Take away this person's password first: young mediators have none.</translation>
        </message>
        <message>
            <source>Write the reason.</source>
            <translation>Write the reason.</translation>
        </message>
        <message>
            <source>Assign an adult mediator first: a young mediator works beside one.</source>
            <translation>Assign an adult mediator first: a young mediator works beside one.</translation>
        </message>
        <message>
            <source>This mediator is not on the case.</source>
            <translation>This mediator is not on the case.</translation>
        </message>
        <message>
            <source>Only the curator may do this.</source>
            <translation>Only the curator may do this.</translation>
        </message>
        <message>
            <source>This record was already reviewed.</source>
            <translation>This record was already reviewed.</translation>
        </message>
        <message>
            <source>Nobody signs off their own work.</source>
            <translation>Nobody signs off their own work.</translation>
        </message>
        <message>
            <source>The service file is open read-only: {reason}. Nothing can be changed in it; save a copy to another place (File menu or the bar above) and open the copy to work.</source>
            <translation>The service file is open read-only: {reason}. Nothing can be changed in it; save a copy to another place (File menu or the bar above) and open the copy to work.</translation>
        </message>
        <message>
            <source>This change is not possible while a young mediator works on the case. {problem}</source>
            <translation>This change is not possible while a young mediator works on the case. {problem}</translation>
        </message>
        <message>
            <source>The statistics file is signed with a key that only the curator's password opens. Ask the curator to sign in and export it.</source>
            <translation>The statistics file is signed with a key that only the curator's password opens. Ask the curator to sign in and export it.</translation>
        </message>
        <message>
            <source>Only an adult signed in with a password can hand over.</source>
            <translation>Only an adult signed in with a password can hand over.</translation>
        </message>
        <message>
            <source>curator</source>
            <translation>curator</translation>
        </message>
        <message>
            <source>adult mediator</source>
            <translation>adult mediator</translation>
        </message>
        <message>
            <source>young mediator</source>
            <translation>young mediator</translation>
        </message>
        <message>
            <source>Young mediators work only on conflicts between students and on problems of a children's community.</source>
            <translation>Young mediators work only on conflicts between students and on problems of a children's community.</translation>
        </message>
        <message>
            <source>An adult is a party to this case: young mediators do not take it.</source>
            <translation>An adult is a party to this case: young mediators do not take it.</translation>
        </message>
        <message>
            <source>A young mediator works only beside an adult co-mediator or supervisor.</source>
            <translation>A young mediator works only beside an adult co-mediator or supervisor.</translation>
        </message>
        <message>
            <source>Only the curator exports the service's statistics.</source>
            <translation>Only the curator exports the service's statistics.</translation>
        </message>
        <message>
            <source>Only the curator views the audit trail.</source>
            <translation>Only the curator views the audit trail.</translation>
        </message>
        <message>
            <source>Only the curator manages users and their passwords.</source>
            <translation>Only the curator manages users and their passwords.</translation>
        </message>
        <message>
            <source>Contact details of the roster are for adults only.</source>
            <translation>Contact details of the roster are for adults only.</translation>
        </message>
        <message>
            <source>Young mediators see only the cases assigned to them.</source>
            <translation>Young mediators see only the cases assigned to them.</translation>
        </message>
        <message>
            <source>The personal data of this case were removed; it stays only in the statistics.</source>
            <translation>The personal data of this case were removed; it stays only in the statistics.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>The case was deleted.</translation>
        </message>
        <message>
            <source>The case is not deleted.</source>
            <translation>The case is not deleted.</translation>
        </message>
        <message>
            <source>You are not assigned to this case.</source>
            <translation>You are not assigned to this case.</translation>
        </message>
        <message>
            <source>A young mediator cannot do this; ask the curator.</source>
            <translation>A young mediator cannot do this; ask the curator.</translation>
        </message>
        <message>
            <source>Nothing in this case waits for a sign-off.</source>
            <translation>Nothing in this case waits for a sign-off.</translation>
        </message>
        <message>
            <source>The case is open.</source>
            <translation>The case is open.</translation>
        </message>
        <message>
            <source>Sign off the closure or return it for rework.</source>
            <translation>Sign off the closure or return it for rework.</translation>
        </message>
        <message>
            <source>The case waits for the curator's sign-off; it cannot be changed now.</source>
            <translation>The case waits for the curator's sign-off; it cannot be changed now.</translation>
        </message>
        <message>
            <source>The case is closed and can only be read. The curator may reopen it.</source>
            <translation>The case is closed and can only be read. The curator may reopen it.</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <source>Enter the year the person started working.</source>
            <translation>Enter the year the person started working.</translation>
        </message>
        <message>
            <source>The first year of work cannot be in the future.</source>
            <translation>The first year of work cannot be in the future.</translation>
        </message>
        <message>
            <source>The last year of work cannot be before the first one, {first}.</source>
            <translation>The last year of work cannot be before the first one, {first}.</translation>
        </message>
        <message>
            <source>The last year of work cannot be in the future.</source>
            <translation>The last year of work cannot be in the future.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>curator of the service</source>
            <translation>curator of the service</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Works in the service since</source>
            <translation>Works in the service since</translation>
        </message>
        <message>
            <source>Last year of work</source>
            <translation>Last year of work</translation>
        </message>
        <message>
            <source>Breaks in the work</source>
            <translation>Breaks in the work</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>Locked; waiting to save the last changes</source>
            <translation>Locked; waiting to save the last changes</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>All changes saved</translation>
        </message>
    </context>
    <context>
        <name>stats</name>
        <message>
            <source>The figures have changed since they were shown. Show them again, check them and save.</source>
            <translation>The figures have changed since they were shown. Show them again, check them and save.</translation>
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation>There is no such file or folder.</translation>
        </message>
        <message>
            <source>Service {id} ({name}) sent files signed with {count} different keys: {files}. Ask the service which file is genuine.</source>
            <translation>Service {id} ({name}) sent files signed with {count} different keys: {files}. Ask the service which file is genuine.</translation>
        </message>
        <message>
            <source>Service {id} ({name}) sent more than one file for {year}: {older} (made {older_date}) is left out, {newer} (made {newer_date}) is counted.</source>
            <translation>Service {id} ({name}) sent more than one file for {year}: {older} (made {older_date}) is left out, {newer} (made {newer_date}) is counted.</translation>
        </message>
        <message>
            <source>The file is for {found}; this summary is for {year}.</source>
            <translation>The file is for {found}; this summary is for {year}.</translation>
        </message>
        <message>
            <source>yearly statistics: export, verify, add up</source>
            <translation>yearly statistics: export, verify, add up</translation>
        </message>
        <message>
            <source>write the signed statistics file of a year (curator only)</source>
            <translation>write the signed statistics file of a year (curator only)</translation>
        </message>
        <message>
            <source>The password is taken from RSDESK_PASSWORD or asked. Exit codes: 0 written, 1 error, 2 wrong password, 3 damaged file, 4 newer version, 5 older copy.</source>
            <translation>The password is taken from RSDESK_PASSWORD or asked. Exit codes: 0 written, 1 error, 2 wrong password, 3 damaged file, 4 newer version, 5 older copy.</translation>
        </message>
        <message>
            <source>the service file</source>
            <translation>the service file</translation>
        </message>
        <message>
            <source>the year</source>
            <translation>the year</translation>
        </message>
        <message>
            <source>the statistics file to write, or a folder for it</source>
            <translation>the statistics file to write, or a folder for it</translation>
        </message>
        <message>
            <source>check statistics files: 0 all valid, 1 any rejected</source>
            <translation>check statistics files: 0 all valid, 1 any rejected</translation>
        </message>
        <message>
            <source>add up the files of the services into the regional tables</source>
            <translation>add up the files of the services into the regional tables</translation>
        </message>
        <message>
            <source>A PATH is a file or a folder searched for .rsdstats and .json files. A service's key is pinned in the registry on its first accepted file; a file signed with another key is rejected. Exit codes: 0 written, every file counted; 1 cannot write; 2 written, but some files were rejected; 3 no file was accepted.</source>
            <translation>A PATH is a file or a folder searched for .rsdstats and .json files. A service's key is pinned in the registry on its first accepted file; a file signed with another key is rejected. Exit codes: 0 written, every file counted; 1 cannot write; 2 written, but some files were rejected; 3 no file was accepted.</translation>
        </message>
        <message>
            <source>the year (default: most files)</source>
            <translation>the year (default: most files)</translation>
        </message>
        <message>
            <source>exact drill-down figures in the XLSX and PDF (not for publication)</source>
            <translation>exact drill-down figures in the XLSX and PDF (not for publication)</translation>
        </message>
        <message>
            <source>the registry of services and their keys (default: the regional folder of this computer's rsdesk data)</source>
            <translation>the registry of services and their keys (default: the regional folder of this computer's rsdesk data)</translation>
        </message>
        <message>
            <source>processes for checking signatures (default: automatic)</source>
            <translation>processes for checking signatures (default: automatic)</translation>
        </message>
        <message>
            <source>also write the registered services with no file (.xlsx or .pdf)</source>
            <translation>also write the registered services with no file (.xlsx or .pdf)</translation>
        </message>
        <message>
            <source>Only the curator of the service exports statistics.</source>
            <translation>Only the curator of the service exports statistics.</translation>
        </message>
        <message>
            <source>This file has no service yet: nothing to export.</source>
            <translation>This file has no service yet: nothing to export.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Cannot write {path}: {error}</translation>
        </message>
        <message>
            <source>The statistics for {year} were written to {path}</source>
            <translation>The statistics for {year} were written to {path}</translation>
        </message>
        <message>
            <source>REJECTED {file}: {reason}</source>
            <translation>REJECTED {file}: {reason}</translation>
        </message>
        <message>
            <source>OK {file}: {name}, {year}, made {generated}</source>
            <translation>OK {file}: {name}, {year}, made {generated}</translation>
        </message>
        <message>
            <source>key {fingerprint}</source>
            <translation>key {fingerprint}</translation>
        </message>
        <message>
            <source>No statistics files were found.</source>
            <translation>No statistics files were found.</translation>
        </message>
        <message>
            <source>There is no folder for {path}.</source>
            <translation>There is no folder for {path}.</translation>
        </message>
        <message>
            <source>Year {year}: {accepted} files counted, {rejected} rejected, {warnings} warnings.</source>
            <translation>Year {year}: {accepted} files counted, {rejected} rejected, {warnings} warnings.</translation>
        </message>
        <message>
            <source>WARNING: {warning}</source>
            <translation>WARNING: {warning}</translation>
        </message>
        <message>
            <source>NEW SERVICE {name}, {place} ({id}): its key is pinned; check it.</source>
            <translation>NEW SERVICE {name}, {place} ({id}): its key is pinned; check it.</translation>
        </message>
        <message>
            <source>NO FILE for {year}: {name}, {place} ({id})</source>
            <translation>NO FILE for {year}: {name}, {place} ({id})</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>Table 1 by municipality: school reconciliation services ({year})</source>
            <translation>Table 1 by municipality: school reconciliation services ({year})</translation>
        </message>
        <message>
            <source>Table 1 by service: school reconciliation services ({year})</source>
            <translation>Table 1 by service: school reconciliation services ({year})</translation>
        </message>
        <message>
            <source>Table 2 by municipality: territorial reconciliation services ({year})</source>
            <translation>Table 2 by municipality: territorial reconciliation services ({year})</translation>
        </message>
        <message>
            <source>Table 2 by service: territorial reconciliation services ({year})</source>
            <translation>Table 2 by service: territorial reconciliation services ({year})</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Region, total</source>
            <translation>Region, total</translation>
        </message>
        <message>
            <source>Caution: {count} hidden small values follow from the exact regional totals alone; check the drill-down before publishing it.</source>
            <translation>Caution: {count} hidden small values follow from the exact regional totals alone; check the drill-down before publishing it.</translation>
        </message>
        <message>
            <source>municipality not given</source>
            <translation>municipality not given</translation>
        </message>
        <message>
            <source>The key «{key}» appears twice in one object.</source>
            <translation>The key «{key}» appears twice in one object.</translation>
        </message>
        <message>
            <source>The file holds {value}, which is not a number.</source>
            <translation>The file holds {value}, which is not a number.</translation>
        </message>
        <message>
            <source>The file is saved as UTF-16, not as UTF-8: it was changed by a text editor after it was made. Ask the service for the file as it was exported.</source>
            <translation>The file is saved as UTF-16, not as UTF-8: it was changed by a text editor after it was made. Ask the service for the file as it was exported.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>The file is not UTF-8 text.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}, column {column}).</source>
            <translation>The file is not valid JSON (line {line}, column {column}).</translation>
        </message>
        <message>
            <source>The file is nested too deeply.</source>
            <translation>The file is nested too deeply.</translation>
        </message>
        <message>
            <source>The file holds a number too long to read.</source>
            <translation>The file holds a number too long to read.</translation>
        </message>
        <message>
            <source>«{path}» must be base64 of {size} bytes; the file has {value}.</source>
            <translation>«{path}» must be base64 of {size} bytes; the file has {value}.</translation>
        </message>
        <message>
            <source>The signature does not match the contents: the file was changed after it was signed, or signed with another key.</source>
            <translation>The signature does not match the contents: the file was changed after it was signed, or signed with another key.</translation>
        </message>
        <message>
            <source>The file is larger than {limit} KB: it is not a statistics file.</source>
            <translation>The file is larger than {limit} KB: it is not a statistics file.</translation>
        </message>
        <message>
            <source>This is not a file but a pipe or a device: it is not read.</source>
            <translation>This is not a file but a pipe or a device: it is not read.</translation>
        </message>
        <message>
            <source>This is a folder, not a file.</source>
            <translation>This is a folder, not a file.</translation>
        </message>
        <message>
            <source>There is no such file.</source>
            <translation>There is no such file.</translation>
        </message>
        <message>
            <source>The file cannot be read: {error}</source>
            <translation>The file cannot be read: {error}</translation>
        </message>
        <message>
            <source>Number of reconciliation services</source>
            <translation>Number of reconciliation services</translation>
        </message>
        <message>
            <source>Number of adult mediators</source>
            <translation>Number of adult mediators</translation>
        </message>
        <message>
            <source>Number of young school mediators</source>
            <translation>Number of young school mediators</translation>
        </message>
        <message>
            <source>Number of requests received by the service</source>
            <translation>Number of requests received by the service</translation>
        </message>
        <message>
            <source>Number of completed restorative programs, including:</source>
            <translation>Number of completed restorative programs, including:</translation>
        </message>
        <message>
            <source>restorative mediation or reconciliation programs</source>
            <translation>restorative mediation or reconciliation programs</translation>
        </message>
        <message>
            <source>school conferences</source>
            <translation>school conferences</translation>
        </message>
        <message>
            <source>community circles on conflicts</source>
            <translation>community circles on conflicts</translation>
        </message>
        <message>
            <source>restorative preventive programs</source>
            <translation>restorative preventive programs</translation>
        </message>
        <message>
            <source>other programs</source>
            <translation>other programs</translation>
        </message>
        <message>
            <source>Total number of participants in restorative programs, including:</source>
            <translation>Total number of participants in restorative programs, including:</translation>
        </message>
        <message>
            <source>adults (parents or legal representatives, teachers)</source>
            <translation>adults (parents or legal representatives, teachers)</translation>
        </message>
        <message>
            <source>children and adolescents</source>
            <translation>children and adolescents</translation>
        </message>
        <message>
            <source>Number of territorial reconciliation services</source>
            <translation>Number of territorial reconciliation services</translation>
        </message>
        <message>
            <source>Number of facilitators of restorative programs (mediators)</source>
            <translation>Number of facilitators of restorative programs (mediators)</translation>
        </message>
        <message>
            <source>Services that held restorative programs in the year</source>
            <translation>Services that held restorative programs in the year</translation>
        </message>
        <message>
            <source>Total number of requests received</source>
            <translation>Total number of requests received</translation>
        </message>
        <message>
            <source>Total number of completed restorative programs, by category of case:</source>
            <translation>Total number of completed restorative programs, by category of case:</translation>
        </message>
        <message>
            <source>juvenile crime</source>
            <translation>juvenile crime</translation>
        </message>
        <message>
            <source>socially dangerous acts of minors below the age of criminal responsibility</source>
            <translation>socially dangerous acts of minors below the age of criminal responsibility</translation>
        </message>
        <message>
            <source>family conflicts and difficult situations</source>
            <translation>family conflicts and difficult situations</translation>
        </message>
        <message>
            <source>conflicts and problem situations in educational organisations</source>
            <translation>conflicts and problem situations in educational organisations</translation>
        </message>
        <message>
            <source>administrative offences of minors</source>
            <translation>administrative offences of minors</translation>
        </message>
        <message>
            <source>other situations</source>
            <translation>other situations</translation>
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
            <source>community circles</source>
            <translation>community circles</translation>
        </message>
        <message>
            <source>preventive circles and programs</source>
            <translation>preventive circles and programs</translation>
        </message>
        <message>
            <source>school conference or school-parent council</source>
            <translation>school conference or school-parent council</translation>
        </message>
        <message>
            <source>family conference</source>
            <translation>family conference</translation>
        </message>
        <message>
            <source>Total number of participants in completed restorative programs</source>
            <translation>Total number of participants in completed restorative programs</translation>
        </message>
        <message>
            <source>Table 1. School reconciliation services ({year})</source>
            <translation>Table 1. School reconciliation services ({year})</translation>
        </message>
        <message>
            <source>Table 2. Territorial reconciliation services ({year})</source>
            <translation>Table 2. Territorial reconciliation services ({year})</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>All services</translation>
        </message>
        <message>
            <source>Acting services</source>
            <translation>Acting services</translation>
        </message>
        <message>
            <source>(at least 4 programs a year)</source>
            <translation>(at least 4 programs a year)</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Types of restorative programs, by the number completed:</source>
            <translation>Types of restorative programs, by the number completed:</translation>
        </message>
        <message>
            <source>Service id</source>
            <translation>Service id</translation>
        </message>
        <message>
            <source>Kind of service</source>
            <translation>Kind of service</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Date of the export</source>
            <translation>Date of the export</translation>
        </message>
        <message>
            <source>Mediators of the year</source>
            <translation>Mediators of the year</translation>
        </message>
        <message>
            <source>Adult mediators</source>
            <translation>Adult mediators</translation>
        </message>
        <message>
            <source>Young mediators</source>
            <translation>Young mediators</translation>
        </message>
        <message>
            <source>Requests received</source>
            <translation>Requests received</translation>
        </message>
        <message>
            <source>Requests received, total</source>
            <translation>Requests received, total</translation>
        </message>
        <message>
            <source>From: {origin}</source>
            <translation>From: {origin}</translation>
        </message>
        <message>
            <source>Programs ended in the year</source>
            <translation>Programs ended in the year</translation>
        </message>
        <message>
            <source>Stopped programs</source>
            <translation>Stopped programs</translation>
        </message>
        <message>
            <source>Completed: {type}</source>
            <translation>Completed: {type}</translation>
        </message>
        <message>
            <source>With an agreement: {type}</source>
            <translation>With an agreement: {type}</translation>
        </message>
        <message>
            <source>Completed programs by category of case</source>
            <translation>Completed programs by category of case</translation>
        </message>
        <message>
            <source>Participants of completed programs</source>
            <translation>Participants of completed programs</translation>
        </message>
        <message>
            <source>Adults</source>
            <translation>Adults</translation>
        </message>
        <message>
            <source>Minors</source>
            <translation>Minors</translation>
        </message>
        <message>
            <source>the public key must be base64 of 32 bytes (44 characters)</source>
            <translation>the public key must be base64 of 32 bytes (44 characters)</translation>
        </message>
        <message>
            <source>The list is larger than {limit} MB: it is not a list of services.</source>
            <translation>The list is larger than {limit} MB: it is not a list of services.</translation>
        </message>
        <message>
            <source>The list is not UTF-8 text: save it as «CSV UTF-8».</source>
            <translation>The list is not UTF-8 text: save it as «CSV UTF-8».</translation>
        </message>
        <message>
            <source>The first row must be: {columns}.</source>
            <translation>The first row must be: {columns}.</translation>
        </message>
        <message>
            <source>row {line}: {reason}</source>
            <translation>row {line}: {reason}</translation>
        </message>
        <message>
            <source>and {count} more rows</source>
            <translation>and {count} more rows</translation>
        </message>
        <message>
            <source>The list is not imported, nothing was added. Correct it and import it again: {problems}.</source>
            <translation>The list is not imported, nothing was added. Correct it and import it again: {problems}.</translation>
        </message>
        <message>
            <source>{count} columns instead of {expected}</source>
            <translation>{count} columns instead of {expected}</translation>
        </message>
        <message>
            <source>the service {id} is listed twice</source>
            <translation>the service {id} is listed twice</translation>
        </message>
        <message>
            <source>Region: {region}</source>
            <translation>Region: {region}</translation>
        </message>
        <message>
            <source>Year: {year}</source>
            <translation>Year: {year}</translation>
        </message>
        <message>
            <source>Made on: {day}</source>
            <translation>Made on: {day}</translation>
        </message>
        <message>
            <source>Files counted: {count}</source>
            <translation>Files counted: {count}</translation>
        </message>
        <message>
            <source>School services: completed programs by kind</source>
            <translation>School services: completed programs by kind</translation>
        </message>
        <message>
            <source>Territorial services: completed programs by category of case</source>
            <translation>Territorial services: completed programs by category of case</translation>
        </message>
        <message>
            <source>Territorial services: completed programs by type</source>
            <translation>Territorial services: completed programs by type</translation>
        </message>
        <message>
            <source>Change {first}–{last}</source>
            <translation>Change {first}–{last}</translation>
        </message>
        <message>
            <source>Change, %</source>
            <translation>Change, %</translation>
        </message>
        <message>
            <source>Table 1 over the years: all school services</source>
            <translation>Table 1 over the years: all school services</translation>
        </message>
        <message>
            <source>Table 1 over the years: acting school services</source>
            <translation>Table 1 over the years: acting school services</translation>
        </message>
        <message>
            <source>Table 2 over the years: territorial services</source>
            <translation>Table 2 over the years: territorial services</translation>
        </message>
        <message>
            <source>{region}, {year}: regional summary, made on {day}</source>
            <translation>{region}, {year}: regional summary, made on {day}</translation>
        </message>
        <message>
            <source>Regional summary of the reconciliation services</source>
            <translation>Regional summary of the reconciliation services</translation>
        </message>
        <message>
            <source>rejected: {reason}</source>
            <translation>rejected: {reason}</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>warning: {warning}</translation>
        </message>
        <message>
            <source>…and {count} more; the XLSX and JSON list them all.</source>
            <translation>…and {count} more; the XLSX and JSON list them all.</translation>
        </message>
        <message>
            <source>T1 by municipality</source>
            <translation>T1 by municipality</translation>
        </message>
        <message>
            <source>T1 by service</source>
            <translation>T1 by service</translation>
        </message>
        <message>
            <source>T2 by municipality</source>
            <translation>T2 by municipality</translation>
        </message>
        <message>
            <source>T2 by service</source>
            <translation>T2 by service</translation>
        </message>
        <message>
            <source>Over the years</source>
            <translation>Over the years</translation>
        </message>
        <message>
            <source>The key of the registry of services {key} is missing, so the registry {path} cannot be checked: it is not used. Restore both files from a copy, or move the registry away to start a new one.</source>
            <translation>The key of the registry of services {key} is missing, so the registry {path} cannot be checked: it is not used. Restore both files from a copy, or move the registry away to start a new one.</translation>
        </message>
        <message>
            <source>The key of the registry of services {key} is damaged: the registry is not used. Restore it from a copy, or move the registry and its key away to start a new one.</source>
            <translation>The key of the registry of services {key} is damaged: the registry is not used. Restore it from a copy, or move the registry and its key away to start a new one.</translation>
        </message>
        <message>
            <source>The registry of services {path} was changed outside rsdesk: it is not used. Restore it from a copy, or move it away to start a new one.</source>
            <translation>The registry of services {path} was changed outside rsdesk: it is not used. Restore it from a copy, or move it away to start a new one.</translation>
        </message>
        <message>
            <source>The registry of services {path} cannot be read ({reason}).</source>
            <translation>The registry of services {path} cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>The registry of services {path} is damaged: it is not used. Restore it from a copy, or move it away to start a new one.</source>
            <translation>The registry of services {path} is damaged: it is not used. Restore it from a copy, or move it away to start a new one.</translation>
        </message>
        <message>
            <source>The registry of services {path} cannot be written: {reason}. Nothing in it changed.</source>
            <translation>The registry of services {path} cannot be written: {reason}. Nothing in it changed.</translation>
        </message>
        <message>
            <source>The new service {id} ({name}) sent files signed with different keys: none is counted until the operator confirms which key is the service's.</source>
            <translation>The new service {id} ({name}) sent files signed with different keys: none is counted until the operator confirms which key is the service's.</translation>
        </message>
        <message>
            <source>The file is signed with another key than the one known for {name} ({id}): it is not counted. If the service really has a new installation, confirm its new key in the registry of services.</source>
            <translation>The file is signed with another key than the one known for {name} ({id}): it is not counted. If the service really has a new installation, confirm its new key in the registry of services.</translation>
        </message>
        <message>
            <source>No service {id} in the registry.</source>
            <translation>No service {id} in the registry.</translation>
        </message>
        <message>
            <source>The file is signed with the key already known for {name}: nothing to change.</source>
            <translation>The file is signed with the key already known for {name}: nothing to change.</translation>
        </message>
        <message>
            <source>first file: key pinned</source>
            <translation>first file: key pinned</translation>
        </message>
        <message>
            <source>confirmed by the operator</source>
            <translation>confirmed by the operator</translation>
        </message>
        <message>
            <source>added from a prepared list</source>
            <translation>added from a prepared list</translation>
        </message>
        <message>
            <source>file rejected: signed with another key</source>
            <translation>file rejected: signed with another key</translation>
        </message>
        <message>
            <source>files with two different keys: none counted</source>
            <translation>files with two different keys: none counted</translation>
        </message>
        <message>
            <source>new key accepted by the operator</source>
            <translation>new key accepted by the operator</translation>
        </message>
        <message>
            <source>the registry of services: list, confirm, accept a new key</source>
            <translation>the registry of services: list, confirm, accept a new key</translation>
        </message>
        <message>
            <source>the known services</source>
            <translation>the known services</translation>
        </message>
        <message>
            <source>confirm a new service</source>
            <translation>confirm a new service</translation>
        </message>
        <message>
            <source>accept the key a service's file is signed with as its new key</source>
            <translation>accept the key a service's file is signed with as its new key</translation>
        </message>
        <message>
            <source>add services listed in advance: CSV with id;kind;name;municipality;public_key</source>
            <translation>add services listed in advance: CSV with id;kind;name;municipality;public_key</translation>
        </message>
        <message>
            <source>No service in the registry yet.</source>
            <translation>No service in the registry yet.</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>Confirmed: {name}.</source>
            <translation>Confirmed: {name}.</translation>
        </message>
        <message>
            <source>From now on {name} is counted with the key of {file}.</source>
            <translation>From now on {name} is counted with the key of {file}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>Cannot read {path}: {error}</translation>
        </message>
        <message>
            <source>Services added: {count}.</source>
            <translation>Services added: {count}.</translation>
        </message>
        <message>
            <source>Already in the registry and left as they are: {count}.</source>
            <translation>Already in the registry and left as they are: {count}.</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Programs completed</source>
            <translation>Programs completed</translation>
        </message>
        <message>
            <source>of them mediation</source>
            <translation>of them mediation</translation>
        </message>
        <message>
            <source>school conf.</source>
            <translation>school conf.</translation>
        </message>
        <message>
            <source>circles</source>
            <translation>circles</translation>
        </message>
        <message>
            <source>preventive</source>
            <translation>preventive</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>of them adults</source>
            <translation>of them adults</translation>
        </message>
        <message>
            <source>children</source>
            <translation>children</translation>
        </message>
        <message>
            <source>Mediators</source>
            <translation>Mediators</translation>
        </message>
        <message>
            <source>Services with programs</source>
            <translation>Services with programs</translation>
        </message>
        <message>
            <source>crimes</source>
            <translation>crimes</translation>
        </message>
        <message>
            <source>socially dangerous acts</source>
            <translation>socially dangerous acts</translation>
        </message>
        <message>
            <source>family</source>
            <translation>family</translation>
        </message>
        <message>
            <source>educational</source>
            <translation>educational</translation>
        </message>
        <message>
            <source>administrative offences</source>
            <translation>administrative offences</translation>
        </message>
        <message>
            <source>mediation</source>
            <translation>mediation</translation>
        </message>
        <message>
            <source>conference or council</source>
            <translation>conference or council</translation>
        </message>
        <message>
            <source>«&lt;3»: a value of 0, 1 or 2 for one municipality or one service, hidden so that no person can be recognised; «×»: hidden as well, so that a «&lt;3» cannot be worked out from the totals. The regional totals are exact.</source>
            <translation>«&lt;3»: a value of 0, 1 or 2 for one municipality or one service, hidden so that no person can be recognised; «×»: hidden as well, so that a «&lt;3» cannot be worked out from the totals. The regional totals are exact.</translation>
        </message>
        <message>
            <source>Working tables with exact figures for the regional centre: not for publication.</source>
            <translation>Working tables with exact figures for the regional centre: not for publication.</translation>
        </message>
        <message>
            <source>Files counted: {accepted}; rejected: {rejected}; warnings: {warnings}.</source>
            <translation>Files counted: {accepted}; rejected: {rejected}; warnings: {warnings}.</translation>
        </message>
        <message>
            <source>New services, their keys now pinned: {count}.</source>
            <translation>New services, their keys now pinned: {count}.</translation>
        </message>
        <message>
            <source>No file yet from: {count}.</source>
            <translation>No file yet from: {count}.</translation>
        </message>
        <message>
            <source>Table 1</source>
            <translation>Table 1</translation>
        </message>
        <message>
            <source>Table 2</source>
            <translation>Table 2</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>counted</translation>
        </message>
        <message>
            <source>Services that have not sent a valid statistics file for {year}</source>
            <translation>Services that have not sent a valid statistics file for {year}</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>No file</translation>
        </message>
        <message>
            <source>As of {day}</source>
            <translation>As of {day}</translation>
        </message>
        <message>
            <source>Every registered service has sent it.</source>
            <translation>Every registered service has sent it.</translation>
        </message>
        <message>
            <source>«{path}» must be a whole number 0 or more; the file has {value}.</source>
            <translation>«{path}» must be a whole number 0 or more; the file has {value}.</translation>
        </message>
        <message>
            <source>«{path}» is implausibly large: {value} (at most {limit}).</source>
            <translation>«{path}» is implausibly large: {value} (at most {limit}).</translation>
        </message>
        <message>
            <source>«{path}» must be a text of at most {limit} characters; the file has {value}.</source>
            <translation>«{path}» must be a text of at most {limit} characters; the file has {value}.</translation>
        </message>
        <message>
            <source>«{path}» contains control or invalid characters.</source>
            <translation>«{path}» contains control or invalid characters.</translation>
        </message>
        <message>
            <source>«{path}» contains the invisible character {code} (a text direction mark or a zero-width character): with it a name can read as another one. The service should correct its name and export the file again.</source>
            <translation>«{path}» contains the invisible character {code} (a text direction mark or a zero-width character): with it a name can read as another one. The service should correct its name and export the file again.</translation>
        </message>
        <message>
            <source>«{path}» must not be empty.</source>
            <translation>«{path}» must not be empty.</translation>
        </message>
        <message>
            <source>«{path}» must be the service id (a uuid4 in lower case); the file has {value}.</source>
            <translation>«{path}» must be the service id (a uuid4 in lower case); the file has {value}.</translation>
        </message>
        <message>
            <source>«{path}» must be school or territorial; the file has {value}.</source>
            <translation>«{path}» must be school or territorial; the file has {value}.</translation>
        </message>
        <message>
            <source>«{path}» must be a year from {first} to {last}; the file has {value}.</source>
            <translation>«{path}» must be a year from {first} to {last}; the file has {value}.</translation>
        </message>
        <message>
            <source>«{path}» must be a date YYYY-MM-DD from {first} to {last}; the file has {value}.</source>
            <translation>«{path}» must be a date YYYY-MM-DD from {first} to {last}; the file has {value}.</translation>
        </message>
        <message>
            <source>«{path}» must be an object {{…}}; the file has {value}.</source>
            <translation>«{path}» must be an object {{…}}; the file has {value}.</translation>
        </message>
        <message>
            <source>Unknown key «{path}».</source>
            <translation>Unknown key «{path}».</translation>
        </message>
        <message>
            <source>Missing key «{path}».</source>
            <translation>Missing key «{path}».</translation>
        </message>
        <message>
            <source>Requests by source add up to {sum}, but «requests_received» is {total}.</source>
            <translation>Requests by source add up to {sum}, but «requests_received» is {total}.</translation>
        </message>
        <message>
            <source>Completed programs add up to {programs} by type but to {categories} by category.</source>
            <translation>Completed programs add up to {programs} by type but to {categories} by category.</translation>
        </message>
        <message>
            <source>Programs «{key}» with an agreement ({agreed}) outnumber the completed ones ({done}).</source>
            <translation>Programs «{key}» with an agreement ({agreed}) outnumber the completed ones ({done}).</translation>
        </message>
        <message>
            <source>The file was made on {generated}, before its year {year} began.</source>
            <translation>The file was made on {generated}, before its year {year} began.</translation>
        </message>
        <message>
            <source>This is not an rsdesk-stats statistics file.</source>
            <translation>This is not an rsdesk-stats statistics file.</translation>
        </message>
        <message>
            <source>Version {version} of the statistics format is not supported; this rsdesk reads version {supported}.</source>
            <translation>Version {version} of the statistics format is not supported; this rsdesk reads version {supported}.</translation>
        </message>
        <message>
            <source>«signature.alg» must be ed25519; the file has {value}.</source>
            <translation>«signature.alg» must be ed25519; the file has {value}.</translation>
        </message>
        <message>
            <source>The register holds an unknown {what} «{key}»; the statistics file cannot describe it. Correct the record and export again.</source>
            <translation>The register holds an unknown {what} «{key}»; the statistics file cannot describe it. Correct the record and export again.</translation>
        </message>
        <message>
            <source>request source</source>
            <translation>request source</translation>
        </message>
        <message>
            <source>The year must be from {first} to {last}.</source>
            <translation>The year must be from {first} to {last}.</translation>
        </message>
        <message>
            <source>program type</source>
            <translation>program type</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
    </context>
    <context>
        <name>vault</name>
        <message>
            <source>this is not a file but a pipe or a device</source>
            <translation>this is not a file but a pipe or a device</translation>
        </message>
        <message>
            <source>there is no free space on the disk</source>
            <translation>there is no free space on the disk</translation>
        </message>
        <message>
            <source>the disk is write-protected</source>
            <translation>the disk is write-protected</translation>
        </message>
        <message>
            <source>there is no permission for it</source>
            <translation>there is no permission for it</translation>
        </message>
        <message>
            <source>the disk reported a read or write error</source>
            <translation>the disk reported a read or write error</translation>
        </message>
        <message>
            <source>the file or its folder is missing</source>
            <translation>the file or its folder is missing</translation>
        </message>
        <message>
            <source>the disk is not available, it may have been disconnected</source>
            <translation>the disk is not available, it may have been disconnected</translation>
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation>this is a folder, not a file</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>a part of the path is not a folder</translation>
        </message>
        <message>
            <source>such a file already exists</source>
            <translation>such a file already exists</translation>
        </message>
        <message>
            <source>the name of the file or of the path is too long</source>
            <translation>the name of the file or of the path is too long</translation>
        </message>
        <message>
            <source>the file is in use by another program</source>
            <translation>the file is in use by another program</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>too many files are open</translation>
        </message>
        <message>
            <source>the path goes round in a loop of links</source>
            <translation>the path goes round in a loop of links</translation>
        </message>
        <message>
            <source>system error {code}</source>
            <translation>system error {code}</translation>
        </message>
        <message>
            <source>an unexpected error</source>
            <translation>an unexpected error</translation>
        </message>
        <message>
            <source>The attached file was not found next to the service file. It may have been deleted or not copied along with the service file.</source>
            <translation>The attached file was not found next to the service file. It may have been deleted or not copied along with the service file.</translation>
        </message>
        <message>
            <source>The attached file is damaged or has been changed and cannot be read.</source>
            <translation>The attached file is damaged or has been changed and cannot be read.</translation>
        </message>
        <message>
            <source>The attached file belongs to another service file and cannot be read here.</source>
            <translation>The attached file belongs to another service file and cannot be read here.</translation>
        </message>
        <message>
            <source>The service file cannot be opened.</source>
            <translation>The service file cannot be opened.</translation>
        </message>
        <message>
            <source>Wrong password. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation>Wrong password. Check the keyboard layout and Caps Lock, then try again.</translation>
        </message>
        <message>
            <source>This recovery key does not fit this file. Check that it is the key printed when this service file was created.</source>
            <translation>This recovery key does not fit this file. Check that it is the key printed when this service file was created.</translation>
        </message>
        <message>
            <source>The recovery key contains a typo: compare it with the printed key character by character.</source>
            <translation>The recovery key contains a typo: compare it with the printed key character by character.</translation>
        </message>
        <message>
            <source>The service file is damaged and cannot be read. Restore it from a backup copy.</source>
            <translation>The service file is damaged and cannot be read. Restore it from a backup copy.</translation>
        </message>
        <message>
            <source>The service file is incomplete: it is shorter than it should be, for example because copying did not finish. Restore it from a backup copy.</source>
            <translation>The service file is incomplete: it is shorter than it should be, for example because copying did not finish. Restore it from a backup copy.</translation>
        </message>
        <message>
            <source>The service file is refused: checking a password against its {slots} keys would take far longer than any rsdesk file needs. The file is damaged or was made to hang the program. Restore it from a backup copy.</source>
            <translation>The service file is refused: checking a password against its {slots} keys would take far longer than any rsdesk file needs. The file is damaged or was made to hang the program. Restore it from a backup copy.</translation>
        </message>
        <message>
            <source>The file is {size} MB, larger than a service file can be ({limit} MB): it is damaged or is not a service file. It was not read.</source>
            <translation>The file is {size} MB, larger than a service file can be ({limit} MB): it is damaged or is not a service file. It was not read.</translation>
        </message>
        <message>
            <source>This service file was made by a newer version of rsdesk. Update the program to open it.</source>
            <translation>This service file was made by a newer version of rsdesk. Update the program to open it.</translation>
        </message>
        <message>
            <source>This service file is older than the one last opened on this computer (save No. {found}, while No. {seen} was seen). An old copy may have been put in place of the current one, and recent changes would be missing. Open the newest copy; open this one only if you put it back on purpose.</source>
            <translation>This service file is older than the one last opened on this computer (save No. {found}, while No. {seen} was seen). An old copy may have been put in place of the current one, and recent changes would be missing. Open the newest copy; open this one only if you put it back on purpose.</translation>
        </message>
        <message>
            <source>This is not a reconciliation service file of rsdesk.</source>
            <translation>This is not a reconciliation service file of rsdesk.</translation>
        </message>
        <message>
            <source>This is not a file but a pipe, a device or a folder: {path}. rsdesk opens only ordinary files.</source>
            <translation>This is not a file but a pipe, a device or a folder: {path}. rsdesk opens only ordinary files.</translation>
        </message>
        <message>
            <source>There is not enough memory to open the service file. Close other programs and try again.</source>
            <translation>There is not enough memory to open the service file. Close other programs and try again.</translation>
        </message>
        <message>
            <source>The service file was not found: {path}</source>
            <translation>The service file was not found: {path}</translation>
        </message>
        <message>
            <source>There is no permission to read the service file: {path}</source>
            <translation>There is no permission to read the service file: {path}</translation>
        </message>
        <message>
            <source>The service file cannot be read: {reason}</source>
            <translation>The service file cannot be read: {reason}</translation>
        </message>
        <message>
            <source>This service file is already open in another rsdesk window or another program. Close it there and try again.</source>
            <translation>This service file is already open in another rsdesk window or another program. Close it there and try again.</translation>
        </message>
        <message>
            <source>The disk is full. The changes are not lost: they stay in the program and saving will be retried. Free some space on the disk.</source>
            <translation>The disk is full. The changes are not lost: they stay in the program and saving will be retried. Free some space on the disk.</translation>
        </message>
        <message>
            <source>The folder of the service file cannot be written to. The changes are not lost: they stay in the program and saving will be retried.</source>
            <translation>The folder of the service file cannot be written to. The changes are not lost: they stay in the program and saving will be retried.</translation>
        </message>
        <message>
            <source>The service file could not be saved ({reason}). The changes are not lost: they stay in the program and saving will be retried.</source>
            <translation>The service file could not be saved ({reason}). The changes are not lost: they stay in the program and saving will be retried.</translation>
        </message>
        <message>
            <source>The backup copy was not made: {reason}. The service file itself is saved.</source>
            <translation>The backup copy was not made: {reason}. The service file itself is saved.</translation>
        </message>
        <message>
            <source>A file with this name already exists. Choose another name or folder.</source>
            <translation>A file with this name already exists. Choose another name or folder.</translation>
        </message>
        <message>
            <source>The service file cannot be locked on this disk, so it cannot be opened safely. Copy it to the computer's own disk.</source>
            <translation>The service file cannot be locked on this disk, so it cannot be opened safely. Copy it to the computer's own disk.</translation>
        </message>
        <message>
            <source>This backup copy belongs to another service file and cannot replace it.</source>
            <translation>This backup copy belongs to another service file and cannot replace it.</translation>
        </message>
        <message>
            <source>Nothing can be written in this folder ({reason}). Choose another folder or disk.</source>
            <translation>Nothing can be written in this folder ({reason}). Choose another folder or disk.</translation>
        </message>
        <message>
            <source>the disk is write-protected (a locked memory card or a read-only mount)</source>
            <translation>the disk is write-protected (a locked memory card or a read-only mount)</translation>
        </message>
        <message>
            <source>the file itself is marked read-only</source>
            <translation>the file itself is marked read-only</translation>
        </message>
        <message>
            <source>there is no permission to write into the folder of the file</source>
            <translation>there is no permission to write into the folder of the file</translation>
        </message>
        <message>
            <source>The service file is open read-only: {reason}. Nothing is written to it; save a copy to another place to work on it.</source>
            <translation>The service file is open read-only: {reason}. Nothing is written to it; save a copy to another place to work on it.</translation>
        </message>
        <message>
            <source>The service file is back, but while it was unavailable it was opened in another rsdesk window or on another computer. Your changes are not written over it: they stay in the program. Save a copy to another place.</source>
            <translation>The service file is back, but while it was unavailable it was opened in another rsdesk window or on another computer. Your changes are not written over it: they stay in the program. Save a copy to another place.</translation>
        </message>
        <message>
            <source>The service file is back, but it was changed or replaced while it was unavailable. Your changes are not written over it: they stay in the program. Save a copy to another place.</source>
            <translation>The service file is back, but it was changed or replaced while it was unavailable. Your changes are not written over it: they stay in the program. Save a copy to another place.</translation>
        </message>
        <message>
            <source>The copy was not saved: {reason}. The changes are still in the program; choose another place.</source>
            <translation>The copy was not saved: {reason}. The changes are still in the program; choose another place.</translation>
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
