<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Bedside interface, PDF summary and command line: English plural forms (en).
  Review: NOT YET REVIEWED by a native clinician. Written by the developers; a native-speaking
  clinician should read every string in the app before the clinic relies on it (then replace
  this line with who reviewed it and when).
  The ALSFRS-R anchors and MRC grades are not here: a clinic adds the licensed wording it holds
  (bedside instrument add FILE).
-->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>APP</name>
    <message numerus="yes">
        <source>%n unsigned visit(s) would be offered for resuming</source>
        <translation>
            <numerusform>%n unsigned visit would be offered for resuming</numerusform>
            <numerusform>%n unsigned visits would be offered for resuming</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message numerus="yes">
        <source>%1: imported %n event(s)</source>
        <translation>
            <numerusform>%1: imported %n event</numerusform>
            <numerusform>%1: imported %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were already there (same visit_uid and content)</source>
        <translation>
            <numerusform>%n visit was already there (same visit_uid and content)</numerusform>
            <numerusform>%n visits were already there (same visit_uid and content)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were scored on the original ALSFRS (Q10_Respiratory): R-1 to R-3 imported as not assessed</source>
        <translation>
            <numerusform>%n visit was scored on the original ALSFRS (Q10_Respiratory): R-1 to R-3 imported as not assessed</numerusform>
            <numerusform>%n visits were scored on the original ALSFRS (Q10_Respiratory): R-1 to R-3 imported as not assessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) give a %1 or %2 that is not one of Bedside&apos;s words: kept in their notes as given, recorded as in clinic / by the patient</source>
        <translation>
            <numerusform>%n visit gives a %1 or %2 that is not one of Bedside&apos;s words: kept in its notes as given, recorded as in clinic / by the patient</numerusform>
            <numerusform>%n visits give a %1 or %2 that is not one of Bedside&apos;s words: kept in their notes as given, recorded as in clinic / by the patient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo patient(s)</source>
        <translation>
            <numerusform>%n demo patient</numerusform>
            <numerusform>%n demo patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) in %1 are unencrypted; they are rotated away over the next 30 days, or delete them now.</source>
        <translation>
            <numerusform>%n older backup in %1 is unencrypted; it is rotated away over the next 30 days, or delete it now.</numerusform>
            <numerusform>%n older backups in %1 are unencrypted; they are rotated away over the next 30 days, or delete them now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicSync</name>
    <message numerus="yes">
        <source>%n integrity problem(s): see File &gt; Conflicts.</source>
        <translation>
            <numerusform>%n integrity problem: see File &gt; Conflicts.</numerusform>
            <numerusform>%n integrity problems: see File &gt; Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline: %n visit(s) waiting</source>
        <translation>
            <numerusform>offline: %n visit waiting</numerusform>
            <numerusform>offline: %n visits waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integrity problem(s)</source>
        <translation>
            <numerusform>%n integrity problem</numerusform>
            <numerusform>%n integrity problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message numerus="yes">
        <source>Once this database has an account, the app and every command ask for sign-in. Passwords have at least %n characters.</source>
        <translation>
            <numerusform>Once this database has an account, the app and every command ask for sign-in. Passwords have at least %n character.</numerusform>
            <numerusform>Once this database has an account, the app and every command ask for sign-in. Passwords have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n event of %1 to %2.</numerusform>
            <numerusform>Wrote %n events of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n visit(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n visit of %1 to %2.</numerusform>
            <numerusform>Wrote %n visits of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n more unsigned visit(s) are listed as drafts in their patients&apos; visit history.</source>
        <translation>
            <numerusform>%n more unsigned visit is listed as a draft in its patient&apos;s visit history.</numerusform>
            <numerusform>%n more unsigned visits are listed as drafts in their patients&apos; visit history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrcTrendPanel</name>
    <message numerus="yes">
        <source>%n visit(s) with MRC grades. Latest MRC sum %1 (%2 not tested). Blank cells: not tested or not in that visit&apos;s protocol; dashed line: the maximum over the muscles tested.</source>
        <translation>
            <numerusform>%n visit with MRC grades. Latest MRC sum %1 (%2 not tested). Blank cells: not tested or not in that visit&apos;s protocol; dashed line: the maximum over the muscles tested.</numerusform>
            <numerusform>%n visits with MRC grades. Latest MRC sum %1 (%2 not tested). Blank cells: not tested or not in that visit&apos;s protocol; dashed line: the maximum over the muscles tested.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OPERATIONS</name>
    <message numerus="yes">
        <source>one identifier, %n patient record(s) created on different laptops</source>
        <translation>
            <numerusform>one identifier, %n patient record created on different laptops</numerusform>
            <numerusform>one identifier, %n patient records created on different laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the patient&apos;s details were changed on %n laptop(s)</source>
        <translation>
            <numerusform>the patient&apos;s details were changed on %n laptop</numerusform>
            <numerusform>the patient&apos;s details were changed on %n laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed visit(s) on one date</source>
        <translation>
            <numerusform>%n signed visit on one date</numerusform>
            <numerusform>%n signed visits on one date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an event was changed on %n laptop(s)</source>
        <translation>
            <numerusform>an event was changed on %n laptop</numerusform>
            <numerusform>an event was changed on %n laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 of %n patient</numerusform>
            <numerusform>%1 of %n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>REPORT</name>
    <message numerus="yes">
        <source>Not computed: item(s) %1 not assessed</source>
        <translation>
            <numerusform>Not computed: item %1 not assessed</numerusform>
            <numerusform>Not computed: items %1 not assessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ALSFRS-R total (%n visit(s))</source>
        <translation>
            <numerusform>ALSFRS-R total (%n visit)</numerusform>
            <numerusform>ALSFRS-R total (%n visits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed visit(s)</source>
        <translation>
            <numerusform>%n signed visit</numerusform>
            <numerusform>%n signed visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message numerus="yes">
        <source>%1: %2 points/month (%n visit(s))</source>
        <translation>
            <numerusform>%1: %2 points/month (%n visit)</numerusform>
            <numerusform>%1: %2 points/month (%n visits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message numerus="yes">
        <source>%n measurement(s) are already entered: keep this ticked, or clear them first.</source>
        <translation>
            <numerusform>%n measurement is already entered: keep this ticked, or clear it first.</numerusform>
            <numerusform>%n measurements are already entered: keep this ticked, or clear them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graded muscle cell(s) would be left out: keep the MRC grading and its protocol, or clear those cells first.</source>
        <translation>
            <numerusform>%n graded muscle cell would be left out: keep the MRC grading and its protocol, or clear that cell first.</numerusform>
            <numerusform>%n graded muscle cells would be left out: keep the MRC grading and its protocol, or clear those cells first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>encrypt_action</name>
    <message numerus="yes">
        <source>%n older backup(s) are unencrypted; they are rotated away over the next 30 days.</source>
        <translation>
            <numerusform>%n older backup is unencrypted; it is rotated away over the next 30 days.</numerusform>
            <numerusform>%n older backups are unencrypted; they are rotated away over the next 30 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <source>%1 (%n cell(s))</source>
        <translation>
            <numerusform>%1 (%n cell)</numerusform>
            <numerusform>%1 (%n cells)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message numerus="yes">
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Try again in %n s.</numerusform>
            <numerusform>Try again in %n s.</numerusform>
        </translation>
    </message>
</context>
</TS>
