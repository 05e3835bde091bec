<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Bedside interface, PDF summary and command line: Russian (ru).
  Review: NOT YET REVIEWED by a native clinician. Written by the developers; a native-speaking
  clinician should read every string in the app before the clinic relies on it (then replace
  this line with who reviewed it and when).
  The ALSFRS-R anchors and MRC grades are not here: a clinic adds the licensed wording it holds
  (bedside instrument add FILE).
-->
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ANALYSIS</name>
    <message>
        <source>King&apos;s stage (Balendra 2014, estimated from the ALSFRS-R): number of regions involved (bulbar: item 1, 2 or 3 below 4; upper limb: item 4 or 5a below 4; lower limb: item 8 below 4); 4A if item 5b is used (gastrostomy); 4B if item 10 is 0 or item 12 is below 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiToS stage (Chiò 2015): domains lost, 0-4. Movement: item 8 or item 6 at most 1; swallowing: item 3 at most 1; communicating: item 1 and item 4 at most 1; breathing: item 10 at most 1 or item 12 at most 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔFS (Kimura 2006): (48 - total) / months from symptom onset to the visit; points lost per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed (an item it reads was not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R slope: least-squares fit of the total over every complete visit (two or more, spanning at least a month), in points per month; large cohorts decline about 0.9-1 point a month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>APP</name>
    <message>
        <source>%1: this database is protected by examiner accounts; the app stops at sign-in (set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE to sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this database is encrypted and protected by examiner accounts; the app stops at sign-in (set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE to sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no display to open the window on (DISPLAY is not set): run Bedside on a desktop, or on a virtual screen with xvfb-run -a bedside --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned visit(s) would be offered for resuming</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the window was not opened within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window was not painted within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnchorButton</name>
    <message>
        <source>✓ chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>History of the visit of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded here and can never be edited or deleted. Times are UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: a name, an item, a value, a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>database file (default: BEDSIDE_DB, then bedside.sqlite3 in the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the app on a separate demo database with synthetic patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the main window, paint once, print startup_ms and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R and MRC muscle grading at the bedside. Without a command, opens the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examiner accounts (sign-in protects the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an examiner (the first one sets protection up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file holding the new examiner&apos;s password (default: typed twice on the terminal; for the first account, BEDSIDE_PASSWORD_FILE when BEDSIDE_USER names it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the first examiner: encrypt the database (SQLCipher); a new database is created encrypted, an existing one is converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the examiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed-in examiner sets a new password for an examiner (on an encrypted database this gives them their key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file holding the new password (default: typed twice on the terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed-in examiner removes another examiner&apos;s account (and, when encrypted, their key entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added examiner %1; this database now asks for sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added examiner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this database is encrypted already; add examiners without --encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the encrypted database %1 with examiner %2; it asks for sign-in. Its keys file %3 must stay beside it (and is copied with every backup): without it nobody can open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this database has examiners already; encrypt it with &apos;bedside encrypt&apos; (signed in). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was added; the database stays unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this database has no examiner accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password set for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed examiner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no Bedside database here; check --db or BEDSIDE_DB (nothing was created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o %1: cannot write: %2; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 is on a read-only medium, so this could not be written to its audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file (default: BEDSIDE_DB, then the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database is protected by examiner accounts: set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE (a file holding the password), or run the command in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new password of %1: give it with --new-password-file FILE (BEDSIDE_PASSWORD_FILE is the password of BEDSIDE_USER), or run the command in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import visits or events from CSV (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRO-ACT ALSFRS table (subject_id, Q1_Speech ..., ALSFRS_Delta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --proact: the date ALSFRS_Delta counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export visits (CSV with derived columns) or events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the events file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no names, identifiers, birth dates or free text; pseudonyms and per-patient date shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file (default: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the database with synthetic patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean days between visits (default %(default)s, about 10 visits a patient; 40 gives about 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2 of %3 (%4 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2 of %3 (%4 new patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were scored on the original ALSFRS (Q10_Respiratory): R-1 to R-3 imported as not assessed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>name a CSV file to import, or --proact FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proact needs --origin-date YYYY-MM-DD (the day ALSFRS_Delta counts from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--origin-date goes with --proact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patient %1: no such patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patients must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--follow-up-days must be at least 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this database holds patients who are not demo data; synthetic patients go only into an empty database or one of demo data (name another with --db). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 with %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n demo patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>encrypt the database at rest (SQLCipher); a verified unencrypted backup is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted %1: checked record for record against the verified backup. Its keys file %2 must stay beside it (and is copied with every backup): without it nobody can open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unencrypted original is kept as %1: it holds patient data in the clear; once the encrypted database works, move it somewhere safe or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) in %1 are unencrypted; they are rotated away over the next 30 days, or delete them now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot sign in until given a new password: bedside accounts password &apos;%1&apos; (by a signed-in examiner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this database is encrypted already; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the PDF summary of one signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit date (default: the latest signed visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visit %1: not a date; give YYYY-MM-DD or &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patient %1: no such patient in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patient %1: has no signed visit to summarise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visit %1: %2 has no signed visit on this date (latest visits: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: summary of the visit on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consistent, verified backup of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new backup file (default: the backups folder beside the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database with a checked backup; the current database is kept in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity and schema check: says what is wrong and what to do; changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no database here; name it with --db PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file; name a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist; check --db or BEDSIDE_DB (nothing was created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the database was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 from %2 (checked before and after copying; recorded in its audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database it replaced was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: open it with the newer version of Bedside or, to go back to the newest backup, run: bedside restore &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: open it with the newer version of Bedside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: restore the newest encrypted backup together with its keys file, taken %1 UTC: bedside restore &apos;%2&apos; (signed in; the damaged file is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: no good backup was found in %1; keep the file as it is and ask your IT support to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: restore the newest good backup, taken %1 UTC: bedside restore &apos;%2&apos; (the damaged file is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an empty database (no Bedside data yet); nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK: encrypted, integrity ok, schema version %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK: integrity ok, schema version %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet in %1: run &apos;bedside backup&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest good backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Set up examiner accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Once this database has an account, the app and every command ask for sign-in. Passwords have at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt the database file: without a signed-in examiner it cannot be read at all (a copy of the unencrypted file is kept in the backups folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DOMAIN</name>
    <message>
        <source>I performed this examination and attest that the recorded scores are accurate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MSC transplantation, intrathecal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the kind of event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” of %2? The deletion is recorded in the audit log.
Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: one row per visit, with derived columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR R4 bundle (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names, identifiers, birth dates (age at each visit instead, 90 and over as 90+) or free text; each patient gets a stable pseudonym and all their dates move by the same number of days, so intervals stay true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events file (interventions and milestones) instead of visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export first (Choose…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) of %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n visit(s) of %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>De-identified: pseudonyms, shifted dates, no names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed… (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 0-4 answer and go on · Backspace or ← back · → skip · N not assessed · R review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R · item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was item %1 not assessed? (1-4, or type a reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Bedside is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after inactivity. Sign in to continue; a visit in progress is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Set up accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is being opened and checked; the patients appear in the list in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient from the list (Ctrl+F to search, arrows and Enter to open), or add one with Ctrl+Shift+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no examiner accounts: anyone using this computer can open it. Set up accounts so that every visit is signed by a signed-in examiner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner account added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume an unsigned visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit of %1 (%2) dated %3 was being entered and is not signed. Everything entered so far is saved.

Resume it now (Enter)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more unsigned visit(s) are listed as drafts in their patients&apos; visit history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xaminer accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;vent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed visit summary is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF (visit of %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint (visit of %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(being opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside %1

ALSFRS-R and MRC muscle grading at the bedside, with trends and a printed visit summary.

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MrcPage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to review (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 0-5 grade and move on · then + or - refines (4 then - = 4-) · N not tested · Delete clears · arrows and Tab move · Ctrl+Enter review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC muscle grading · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 not tested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an MRC grade (use 5-, 4+, 4-, 3+ or 3-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: why was it not tested? (1-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cells entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a grade 0-5 first, then + or -.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MrcTrendPanel</name>
    <message>
        <source>MRC grades plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each muscle&apos;s MRC grade at each visit as a coloured cell, and the MRC sum beneath. Tick &apos;Grades as a table&apos; to read the same grades as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC grades table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per muscle, one column per visit; the last row is the MRC sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same grades as the plot, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MRC grades recorded for this patient yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) with MRC grades. Latest MRC sum %1 (%2 not tested). Blank cells: not tested or not in that visit&apos;s protocol; dashed line: the maximum over the muscles tested.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset of symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset &amp;region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since symptom onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest ALSFRS-R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the newest complete ALSFRS-R (0-%1, %1 = normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>King&apos;s stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiToS stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onset region unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>died %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onset unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 /month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs 2 visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>Search name or identifier (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <source>New &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a visit: ALSFRS-R and MRC (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this patient&apos;s details (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the trend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the MRC grades…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit of %1 is saved as a draft and not signed yet. Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit entry screens are not part of this build, so visits can be viewed here but not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of %1 signed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit closed; the unsigned draft stays saved in the visit history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>REPORT</name>
    <message>
        <source>scale changed (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not computed: item(s) %1 not assessed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1 was scored on scale %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was not assessed (neither scale was used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed (needs the total and an onset date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed (an item it reads was not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed (needs two complete visits at least a month apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>King&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiToS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ALSFRS-R was not recorded at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest rating, on %1: total %2 (shown in the figures above as from that date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (no earlier ALSFRS-R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (anchor wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 · Bedside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 not tested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no muscle graded at both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(over the %1 graded at both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC muscle grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No muscle was graded at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest grading, on %1: MRC sum %2 (shown in the figures above as from that date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (no earlier grading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum without side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC sum, all graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1. Grades 0-%2 with modifiers as entered; %3 = not tested, excluded from sums. Sums count whole grades (4- counts 4) as score / maximum of the muscles tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points lost/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points/month (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points/month (rising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points/month (falling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no onset date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ALSFRS-R total (%n visit(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expected at first-visit ΔFS %1/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this visit, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete ALSFRS-R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R total over time, up to this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit up to this one has a complete ALSFRS-R: there is no total to plot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one visit with a complete ALSFRS-R so far: no trend line yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALS visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R and MRC muscle grading at one visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · born %2 · visit %3 · %4 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(age %1 at the visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT, not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by an amendment (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>King&apos;s stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiToS stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SIGNED: this is a draft. Its scores may still change; sign the visit before filing this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1; reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded: a later amended version of this visit exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Other reason: type it, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 picks this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is needed: type a few words or pick one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Bedside: the database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the file was left exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this backup instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found in %1. Keep the file as it is and ask your IT support to recover it, or choose a backup you keep elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Using it loses what the newer version recorded since then; the newer database is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring puts a checked copy of it in place of the database; the damaged file is kept, unchanged, in the backups folder. Anything entered after the backup was taken is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup was taken on %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>MRC grid (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (draft kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC: nothing graded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ALSFRS-R is not recorded at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an item&apos;s number or click it to change it (1 then Enter for item 1) · M: MRC grid · Enter or Ctrl+S: sign and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M: MRC grid · Enter or Ctrl+S: sign and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC: not recorded at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cells entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC sum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why discard this unsigned draft? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs a reason: type why the signed visit is changed, then press Start amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding needs a reason: type why, then press Discard draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no total: missing item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every visit summary; stored in the database, for everyone using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;MRC protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is protected. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureTexts</name>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(when you sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examiner&apos;s name is missing: go back to the start page and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item(s) %1 have no answer: answer them or mark them not assessed with a reason (type the item&apos;s number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet: reopen an item (type its number) or the MRC grid (M) and correct it, then sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to sign yet: no ALSFRS-R answer and no MRC grade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Open that visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the examiner who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R (12 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC muscle grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume that draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupSequence</name>
    <message>
        <source>Sign in to see the patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside could not open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected (ΔFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides this line of the trend plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed line: %1 at onset, falling at the ΔFS of the first complete visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope around event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From onset to today; unticked, the plot opens on the visits&apos; own dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R trend plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ALSFRS-R total and subscores over the visit dates. The same values are in the Visits table beside the plot, one row per visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSFRS-R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected course: it needs the onset date and a complete visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed: expected course, %1 at onset falling %2 points/month (ΔFS at the first complete visit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event for the ALSFRS-R slope before and after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before (its day included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too few visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 points/month (%n visit(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this visit: %1 of %2 answered; no total until all are (no earlier complete visit to carry forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this visit ≈ %1 (%2 of %3 answered; the rest as on %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Sign in to Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is encrypted. Sign in to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Amendment of a signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment (version %1): review and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version (superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrostomy recorded on %1: item 5b will be used (it can be switched on the item&apos;s page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 on this date: open it, or choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examiner&apos;s name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1 are already answered: keep the ALSFRS-R ticked (an item can be marked not assessed instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gastrostomy recorded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 5b is used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: %1. Nothing was lost: the draft is kept; correct it and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Your answers are still on screen; they will be saved with the next answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examiner&apos;s name is needed to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ALSFRS-R, the MRC grading or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n graded muscle cell(s) would be left out: keep the MRC grading and its protocol, or clear those cells first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 5a instead (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by hand, although a gastrostomy is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gastrostomy recorded by this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 5b instead (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 5a is used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: the password was not confirmed. The draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC
sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examiner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>encrypt_action</name>
    <message>
        <source>%1 is now encrypted. Its keys file %2 must stay beside it and is copied with every backup: without it nobody can open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unencrypted original is kept as %1. It holds patient data in the clear: once the encrypted database works, move it somewhere safe or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) are unencrypted; they are rotated away over the next 30 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database was not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays unencrypted and is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the whole date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>header</name>
    <message>
        <source>%1 y %2 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <comment>sex</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper limb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower limb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respiratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrostomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIV start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracheostomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cell(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>muscle, short side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <comment>left side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <comment>right side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menu_actions</name>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has no signed visit to summarise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Signing makes this visit read-only. Enter your password to sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>patient too tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be assessed at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>Bulbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine motor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross motor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALS clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder abduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbow flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbow extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrist extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dorsal interosseous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abductor pollicis brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle dorsiflexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle plantar flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC sum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biceps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triceps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip flexion/extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee flexion/extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle flexion/extension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message numerus="yes">
        <source>Try again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary_actions</name>
    <message>
        <source>No visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit summary cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary of %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 did not take the job: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>visit_history</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet: open it to continue and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended (version %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
