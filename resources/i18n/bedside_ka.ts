<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Bedside interface, PDF summary and command line: Georgian (ka).
  Review: NOT YET REVIEWED by a native clinician. Written by the developers; a native-speaking
  clinician should read every string in the app before the clinic relies on it (then replace
  this line with who reviewed it and when).
  The ALSFRS-R anchors and MRC grades are not here: a clinic adds the licensed wording it holds
  (bedside instrument add FILE).
-->
<TS version="2.1" language="ka" sourcelanguage="en">
<context>
    <name>ANALYSIS</name>
    <message>
        <source>King&apos;s stage (Balendra 2014, estimated from the ALSFRS-R): number of regions involved (bulbar: item 1, 2 or 3 below 4; upper limb: item 4 or 5a below 4; lower limb: item 8 below 4); 4A if item 5b is used (gastrostomy); 4B if item 10 is 0 or item 12 is below 4.</source>
        <translation>King&apos;s სტადია (Balendra 2014, შეფასებული ALSFRS-R-ით): ჩართული რეგიონების რაოდენობა (ბულბური: პუნქტი 1, 2 ან 3 4-ზე ნაკლები; ზედა კიდური: პუნქტი 4 ან 5a 4-ზე ნაკლები; ქვედა კიდური: პუნქტი 8 4-ზე ნაკლები); 4A, თუ გამოიყენება პუნქტი 5b (გასტროსტომა); 4B, თუ პუნქტი 10 არის 0 ან პუნქტი 12 4-ზე ნაკლებია.</translation>
    </message>
    <message>
        <source>MiToS stage (Chiò 2015): domains lost, 0-4. Movement: item 8 or item 6 at most 1; swallowing: item 3 at most 1; communicating: item 1 and item 4 at most 1; breathing: item 10 at most 1 or item 12 at most 2.</source>
        <translation>MiToS სტადია (Chiò 2015): დაკარგული ფუნქციები, 0-4. მოძრაობა: პუნქტი 8 ან პუნქტი 6 არაუმეტეს 1; ყლაპვა: პუნქტი 3 არაუმეტეს 1; კომუნიკაცია: პუნქტი 1 და პუნქტი 4 არაუმეტეს 1; სუნთქვა: პუნქტი 10 არაუმეტეს 1 ან პუნქტი 12 არაუმეტეს 2.</translation>
    </message>
    <message>
        <source>ΔFS (Kimura 2006): (48 - total) / months from symptom onset to the visit; points lost per month.</source>
        <translation>ΔFS (Kimura 2006): (48 - ჯამი) / თვეები სიმპტომების დაწყებიდან ვიზიტამდე; თვეში დაკარგული ქულები.</translation>
    </message>
    <message>
        <source>not computed (an item it reads was not assessed)</source>
        <translation>არ გამოითვლება (საჭირო პუნქტი არ შეფასებულა)</translation>
    </message>
    <message>
        <source>no region involved</source>
        <translation>არცერთი რეგიონი არ არის ჩართული</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>სტადია %1</translation>
    </message>
    <message>
        <source>ALSFRS-R slope: least-squares fit of the total over every complete visit (two or more, spanning at least a month), in points per month; large cohorts decline about 0.9-1 point a month.</source>
        <translation>ALSFRS-R-ის დახრა: ყველა სრული ვიზიტის ჯამის უმცირეს კვადრატთა მეთოდით მორგებული წრფე (ორი ან მეტი ვიზიტი, სულ მცირე ერთი თვის შუალედით), ქულა თვეში; დიდ კოჰორტებში კლება დაახლოებით 0,9-1 ქულაა თვეში.</translation>
    </message>
    <message>
        <source>%1 equations are published for female and male only (sex: %2)</source>
        <translation>%1 განტოლებები გამოქვეყნებულია მხოლოდ ქალისა და მამაკაცისთვის (სქესი: %2)</translation>
    </message>
    <message>
        <source>age unknown: no birth date</source>
        <translation>ასაკი უცნობია: დაბადების თარიღი არ არის</translation>
    </message>
    <message>
        <source>age under %1 years: the %2 equations cover %3-%4 years</source>
        <translation>ასაკი %1 წელზე ნაკლებია: %2 განტოლებები მოიცავს %3-%4 წელს</translation>
    </message>
    <message>
        <source>age over %1 years: the %2 equations cover %3-%4 years</source>
        <translation>ასაკი %1 წელზე მეტია: %2 განტოლებები მოიცავს %3-%4 წელს</translation>
    </message>
    <message>
        <source>no height recorded</source>
        <translation>სიმაღლე არ არის ჩაწერილი</translation>
    </message>
    <message>
        <source>the pressure&apos;s size, without a minus sign</source>
        <translation>წნევის სიდიდე, მინუს ნიშნის გარეშე</translation>
    </message>
    <message>
        <source>FVC</source>
        <translation>FVC</translation>
    </message>
    <message>
        <source>SVC</source>
        <translation>SVC</translation>
    </message>
    <message>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <source>SNIP</source>
        <translation>SNIP</translation>
    </message>
    <message>
        <source>Peak cough flow</source>
        <translation>ხველის პიკური ნაკადი</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>წონა</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>სიმაღლე</translation>
    </message>
    <message>
        <source>BMI: weight in kg / (height in m)².</source>
        <translation>BMI: წონა kg-ში / (სიმაღლე m-ში)².</translation>
    </message>
    <message>
        <source>Weight change: (weight - pre-illness weight) / pre-illness weight x 100, in %; negative is a loss.</source>
        <translation>წონის ცვლილება: (წონა - დაავადებამდელი წონა) / დაავადებამდელი წონა x 100, %-ში; უარყოფითი ნიშნავს კლებას.</translation>
    </message>
    <message>
        <source>Overdue: nothing recorded at a signed visit in the last 90 days (the AAN&apos;s ALS quality measures ask for lung function at least every three months, and weight at the visits). Lung function: FVC, SVC, MIP or SNIP.</source>
        <translation>გაზომვის დროა: ბოლო 90 დღეში ხელმოწერილ ვიზიტზე არაფერი ჩაწერილა (AAN-ის ALS-ის ხარისხის მაჩვენებლები ითხოვს ფილტვის ფუნქციის შეფასებას სულ მცირე სამ თვეში ერთხელ, წონას კი — ვიზიტებზე). ფილტვის ფუნქცია: FVC, SVC, MIP ან SNIP.</translation>
    </message>
</context>
<context>
    <name>APP</name>
    <message>
        <source>%1: this database is protected by examiner accounts; the app stops at sign-in (set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE to sign in)</source>
        <translation>%1: ეს მონაცემთა ბაზა დაცულია გამომკვლევთა ანგარიშებით; პროგრამა შესვლაზე შეჩერდება (შესასვლელად მიუთითეთ BEDSIDE_USER და BEDSIDE_PASSWORD_FILE)</translation>
    </message>
    <message>
        <source>%1: this database is encrypted and protected by examiner accounts; the app stops at sign-in (set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE to sign in)</source>
        <translation>%1: ეს მონაცემთა ბაზა დაშიფრულია და დაცულია გამომკვლევთა ანგარიშებით; პროგრამა შესვლაზე შეჩერდება (შესასვლელად მიუთითეთ BEDSIDE_USER და BEDSIDE_PASSWORD_FILE)</translation>
    </message>
    <message>
        <source>there is no display to open the window on (DISPLAY is not set): run Bedside on a desktop, or on a virtual screen with xvfb-run -a bedside --demo</source>
        <translation>ფანჯრის გასახსნელი ეკრანი არ არის (DISPLAY არ არის მითითებული): გაუშვით Bedside სამუშაო მაგიდაზე ან ვირტუალურ ეკრანზე: xvfb-run -a bedside --demo</translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned visit(s) would be offered for resuming</source>
        <translation>
            <numerusform>გასაგრძელებლად შემოგთავაზებთ %n ხელმოუწერელ ვიზიტს</numerusform>
            <numerusform>გასაგრძელებლად შემოგთავაზებთ %n ხელმოუწერელ ვიზიტს</numerusform>
        </translation>
    </message>
    <message>
        <source>the window was not opened within %1 s</source>
        <translation>ფანჯარა %1 წამში არ გაიხსნა</translation>
    </message>
    <message>
        <source>the window was not painted within %1 s</source>
        <translation>ფანჯარა %1 წამში არ გამოისახა</translation>
    </message>
</context>
<context>
    <name>AnchorButton</name>
    <message>
        <source>✓ chosen</source>
        <translation>✓ არჩეულია</translation>
    </message>
    <message>
        <source>Answers the item with %1 (key %1)</source>
        <translation>პუნქტის პასუხი: %1 (კლავიში %1)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>History of the visit of %1 on %2</source>
        <translation>%1-ის ვიზიტის ისტორია, %2</translation>
    </message>
    <message>
        <source>History of %1 %2</source>
        <translation>ისტორია: %1 %2</translation>
    </message>
    <message>
        <source>Every change is recorded here and can never be edited or deleted. Times are UTC.</source>
        <translation>აქ ყველა ცვლილება ჩაიწერება და მისი შეცვლა ან წაშლა შეუძლებელია. დრო მითითებულია UTC-ით.</translation>
    </message>
    <message>
        <source>Shows only the changes holding the words typed</source>
        <translation>აჩვენებს მხოლოდ იმ ცვლილებებს, რომლებიც აკრეფილ სიტყვებს შეიცავს</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>ფილტრი</translation>
    </message>
    <message>
        <source>Filter: a name, an item, a value, a reason…</source>
        <translation>ფილტრი: სახელი, პუნქტი, მნიშვნელობა, მიზეზი…</translation>
    </message>
    <message>
        <source>One row per change, newest first: when, who, which record, what was done, the old and new value, why</source>
        <translation>თითო სტრიქონი ცვლილებაზე, ახლები ზემოთ: როდის, ვინ, რომელი ჩანაწერი, რა გაკეთდა, ძველი და ახალი მნიშვნელობა, რატომ</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>ცვლილებების ისტორია</translation>
    </message>
    <message>
        <source>No change has been recorded yet.</source>
        <translation>ცვლილება ჯერ არ ჩაწერილა.</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>ამ ფანჯრის დახურვა</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>database file (default: BEDSIDE_DB, then bedside.sqlite3 in the user data folder)</source>
        <translation>მონაცემთა ბაზის ფაილი (ნაგულისხმევი: BEDSIDE_DB, შემდეგ bedside.sqlite3 მომხმარებლის მონაცემთა საქაღალდეში)</translation>
    </message>
    <message>
        <source>open the app on a separate demo database with synthetic patients</source>
        <translation>პროგრამის გახსნა ცალკე სადემონსტრაციო ბაზაზე გამოგონილი პაციენტებით</translation>
    </message>
    <message>
        <source>show the main window, paint once, print startup_ms and exit</source>
        <translation>მთავარი ფანჯრის ჩვენება, ერთხელ გამოსახვა, startup_ms-ის დაბეჭდვა და გასვლა</translation>
    </message>
    <message>
        <source>ALSFRS-R and MRC muscle grading at the bedside. Without a command, opens the app.</source>
        <translation>ALSFRS-R და კუნთების ძალის შეფასება MRC შკალით პაციენტის საწოლთან. ბრძანების გარეშე ხსნის პროგრამას.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>ვერსიის ჩვენება და გასვლა</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation>შეწყვეტილია; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>examiner accounts (sign-in protects the database)</source>
        <translation>გამომკვლევთა ანგარიშები (შესვლა იცავს მონაცემთა ბაზას)</translation>
    </message>
    <message>
        <source>add an examiner (the first one sets protection up)</source>
        <translation>გამომკვლევის დამატება (პირველი რთავს დაცვას)</translation>
    </message>
    <message>
        <source>file holding the new examiner&apos;s password (default: typed twice on the terminal; for the first account, BEDSIDE_PASSWORD_FILE when BEDSIDE_USER names it)</source>
        <translation>ფაილი ახალი გამომკვლევის პაროლით (ნაგულისხმევი: ტერმინალში ორჯერ აკრეფა; პირველი ანგარიშისთვის — BEDSIDE_PASSWORD_FILE, თუ BEDSIDE_USER მას ასახელებს)</translation>
    </message>
    <message>
        <source>with the first examiner: encrypt the database (SQLCipher); a new database is created encrypted, an existing one is converted</source>
        <translation>პირველ გამომკვლევთან ერთად: მონაცემთა ბაზის დაშიფვრა (SQLCipher); ახალი ბაზა იქმნება დაშიფრული, არსებული გარდაიქმნება</translation>
    </message>
    <message>
        <source>list the examiners</source>
        <translation>გამომკვლევთა სია</translation>
    </message>
    <message>
        <source>a signed-in examiner sets a new password for an examiner (on an encrypted database this gives them their key)</source>
        <translation>შესული გამომკვლევი სხვა გამომკვლევს უყენებს ახალ პაროლს (დაშიფრულ ბაზაში ეს მას გასაღებს აძლევს)</translation>
    </message>
    <message>
        <source>file holding the new password (default: typed twice on the terminal)</source>
        <translation>ფაილი ახალი პაროლით (ნაგულისხმევი: ტერმინალში ორჯერ აკრეფა)</translation>
    </message>
    <message>
        <source>a signed-in examiner removes another examiner&apos;s account (and, when encrypted, their key entry)</source>
        <translation>შესული გამომკვლევი შლის სხვა გამომკვლევის ანგარიშს (და, თუ ბაზა დაშიფრულია, მის გასაღებს)</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>added examiner %1; this database now asks for sign-in</source>
        <translation>დაემატა გამომკვლევი %1; ეს მონაცემთა ბაზა ახლა შესვლას ითხოვს</translation>
    </message>
    <message>
        <source>added examiner %1</source>
        <translation>დაემატა გამომკვლევი %1</translation>
    </message>
    <message>
        <source>%1: this database is encrypted already; add examiners without --encrypt</source>
        <translation>%1: ეს მონაცემთა ბაზა უკვე დაშიფრულია; გამომკვლევები დაამატეთ --encrypt-ის გარეშე</translation>
    </message>
    <message>
        <source>created the encrypted database %1 with examiner %2; it asks for sign-in. Its keys file %3 must stay beside it (and is copied with every backup): without it nobody can open the database.</source>
        <translation>შეიქმნა დაშიფრული მონაცემთა ბაზა %1 გამომკვლევით %2; ის შესვლას ითხოვს. მისი გასაღებების ფაილი %3 მის გვერდით უნდა დარჩეს (და ყოველ სარეზერვო ასლთან ერთად კოპირდება): მის გარეშე ბაზის გახსნას ვერავინ შეძლებს.</translation>
    </message>
    <message>
        <source>%1: this database has examiners already; encrypt it with &apos;bedside encrypt&apos; (signed in). Nothing was changed.</source>
        <translation>%1: ამ მონაცემთა ბაზას უკვე ჰყავს გამომკვლევები; დაშიფრეთ ბრძანებით &apos;bedside encrypt&apos; (შესვლით). არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>The account was added; the database stays unencrypted.</source>
        <translation>ანგარიში დაემატა; მონაცემთა ბაზა დაუშიფრავი რჩება.</translation>
    </message>
    <message>
        <source>%1: this database has no examiner accounts</source>
        <translation>%1: ამ მონაცემთა ბაზას არ აქვს გამომკვლევთა ანგარიშები</translation>
    </message>
    <message>
        <source>new password set for %1</source>
        <translation>%1-ისთვის ახალი პაროლი დაყენდა</translation>
    </message>
    <message>
        <source>removed examiner %1</source>
        <translation>წაიშალა გამომკვლევი %1</translation>
    </message>
    <message>
        <source>%1: there is no Bedside database here; check --db or BEDSIDE_DB (nothing was created)</source>
        <translation>%1: აქ Bedside-ის მონაცემთა ბაზა არ არის; შეამოწმეთ --db ან BEDSIDE_DB (არაფერი შექმნილა)</translation>
    </message>
    <message>
        <source>%1; nothing was done</source>
        <translation>%1; არაფერი გაკეთებულა</translation>
    </message>
    <message>
        <source>%1: %2; nothing was done</source>
        <translation>%1: %2; არაფერი გაკეთებულა</translation>
    </message>
    <message>
        <source>-o %1: cannot write: %2; nothing was written</source>
        <translation>-o %1: ჩაწერა შეუძლებელია: %2; არაფერი ჩაწერილა</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>ფაილი არ ჩაიწერა.</translation>
    </message>
    <message>
        <source>note: %1 is on a read-only medium, so this could not be written to its audit trail</source>
        <translation>შენიშვნა: %1 მხოლოდ წაკითხვად მატარებელზეა, ამიტომ ეს აუდიტის ჟურნალში ვერ ჩაიწერა</translation>
    </message>
    <message>
        <source>database file (default: BEDSIDE_DB, then the user data folder)</source>
        <translation>მონაცემთა ბაზის ფაილი (ნაგულისხმევი: BEDSIDE_DB, შემდეგ მომხმარებლის მონაცემთა საქაღალდე)</translation>
    </message>
    <message>
        <source>this database is protected by examiner accounts: set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE (a file holding the password), or run the command in a terminal</source>
        <translation>ეს მონაცემთა ბაზა დაცულია გამომკვლევთა ანგარიშებით: მიუთითეთ BEDSIDE_USER და BEDSIDE_PASSWORD_FILE (ფაილი პაროლით) ან გაუშვით ბრძანება ტერმინალში</translation>
    </message>
    <message>
        <source>Examiner: </source>
        <translation>გამომკვლევი: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>პაროლი: </translation>
    </message>
    <message>
        <source>the new password of %1: give it with --new-password-file FILE (BEDSIDE_PASSWORD_FILE is the password of BEDSIDE_USER), or run the command in a terminal</source>
        <translation>%1-ის ახალი პაროლი: მიუთითეთ --new-password-file FILE-ით (BEDSIDE_PASSWORD_FILE არის BEDSIDE_USER-ის პაროლი) ან გაუშვით ბრძანება ტერმინალში</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>ახალი პაროლი %1-ისთვის: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>გაიმეორეთ: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>პაროლები არ ემთხვევა; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>import visits or events from CSV (all or nothing)</source>
        <translation>ვიზიტების ან მოვლენების იმპორტი CSV-დან (ყველა ან არცერთი)</translation>
    </message>
    <message>
        <source>PRO-ACT ALSFRS table (subject_id, Q1_Speech ..., ALSFRS_Delta)</source>
        <translation>PRO-ACT-ის ALSFRS ცხრილი (subject_id, Q1_Speech ..., ALSFRS_Delta)</translation>
    </message>
    <message>
        <source>with --proact: the date ALSFRS_Delta counts from</source>
        <translation>--proact-თან ერთად: თარიღი, საიდანაც ითვლება ALSFRS_Delta</translation>
    </message>
    <message>
        <source>export visits (CSV with derived columns) or events</source>
        <translation>ვიზიტების (CSV გამოთვლილი სვეტებით) ან მოვლენების ექსპორტი</translation>
    </message>
    <message>
        <source>only this patient</source>
        <translation>მხოლოდ ეს პაციენტი</translation>
    </message>
    <message>
        <source>write the events file instead</source>
        <translation>მის ნაცვლად მოვლენების ფაილის ჩაწერა</translation>
    </message>
    <message>
        <source>no names, identifiers, birth dates or free text; pseudonyms and per-patient date shifts</source>
        <translation>სახელების, იდენტიფიკატორების, დაბადების თარიღებისა და თავისუფალი ტექსტის გარეშე; ფსევდონიმები და თარიღების წანაცვლება თითოეული პაციენტისთვის</translation>
    </message>
    <message>
        <source>file (default: stdout)</source>
        <translation>ფაილი (ნაგულისხმევი: სტანდარტული გამოსავალი)</translation>
    </message>
    <message>
        <source>fill the database with synthetic patients</source>
        <translation>მონაცემთა ბაზის შევსება გამოგონილი პაციენტებით</translation>
    </message>
    <message>
        <source>mean days between visits (default %(default)s, about 10 visits a patient; 40 gives about 20)</source>
        <translation>ვიზიტებს შორის დღეების საშუალო რაოდენობა (ნაგულისხმევი %(default)s, პაციენტზე დაახლოებით 10 ვიზიტი; 40 იძლევა დაახლოებით 20-ს)</translation>
    </message>
    <message>
        <source>(%1 already there)</source>
        <translation>(%1 უკვე არსებობს)</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n event(s)</source>
        <translation>
            <numerusform>%1: იმპორტირდა %n მოვლენა</numerusform>
            <numerusform>%1: იმპორტირდა %n მოვლენა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were already there (same visit_uid and content)</source>
        <translation>
            <numerusform>%n ვიზიტი უკვე არსებობდა (იგივე visit_uid და შინაარსი)</numerusform>
            <numerusform>%n ვიზიტი უკვე არსებობდა (იგივე visit_uid და შინაარსი)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2 of %3 (%4 new)</source>
        <translation>%1: იმპორტირდა %2, %3 (ახალი: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n ვიზიტი</numerusform>
            <numerusform>%n ვიზიტი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n პაციენტი</numerusform>
            <numerusform>%n პაციენტი</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2 of %3 (%4 new patients)</source>
        <translation>%1: იმპორტირდა %2, %3 (ახალი პაციენტი: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n მონაწილე</numerusform>
            <numerusform>%n მონაწილე</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were scored on the original ALSFRS (Q10_Respiratory): R-1 to R-3 imported as not assessed</source>
        <translation>
            <numerusform>%n ვიზიტი შეფასდა თავდაპირველი ALSFRS-ით (Q10_Respiratory): R-1 — R-3 იმპორტირდა როგორც შეუფასებელი</numerusform>
            <numerusform>%n ვიზიტი შეფასდა თავდაპირველი ALSFRS-ით (Q10_Respiratory): R-1 — R-3 იმპორტირდა როგორც შეუფასებელი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) give a %1 or %2 that is not one of Bedside&apos;s words: kept in their notes as given, recorded as in clinic / by the patient</source>
        <translation>
            <numerusform>%n ვიზიტში %1 ან %2 არ არის Bedside-ის ცნობილი სიტყვა: ჩაიწერა შენიშვნებში, როგორც არის, და აღირიცხა როგორც კლინიკაში / პაციენტის მიერ</numerusform>
            <numerusform>%n ვიზიტში %1 ან %2 არ არის Bedside-ის ცნობილი სიტყვა: ჩაიწერა შენიშვნებში, როგორც არის, და აღირიცხა როგორც კლინიკაში / პაციენტის მიერ</numerusform>
        </translation>
    </message>
    <message>
        <source>name a CSV file to import, or --proact FILE</source>
        <translation>მიუთითეთ იმპორტის CSV ფაილი ან --proact FILE</translation>
    </message>
    <message>
        <source>--proact needs --origin-date YYYY-MM-DD (the day ALSFRS_Delta counts from)</source>
        <translation>--proact-ს სჭირდება --origin-date YYYY-MM-DD (დღე, საიდანაც ითვლება ALSFRS_Delta)</translation>
    </message>
    <message>
        <source>--origin-date goes with --proact</source>
        <translation>--origin-date გამოიყენება --proact-თან ერთად</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>არაფერი იმპორტირებულა.</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; არაფერი იმპორტირებულა</translation>
    </message>
    <message>
        <source>--patient %1: no such patient</source>
        <translation>--patient %1: ასეთი პაციენტი არ არის</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>ექსპორტი არ ჩაიწერა.</translation>
    </message>
    <message>
        <source>--patients must be at least 1</source>
        <translation>--patients უნდა იყოს მინიმუმ 1</translation>
    </message>
    <message>
        <source>--follow-up-days must be at least 3</source>
        <translation>--follow-up-days უნდა იყოს მინიმუმ 3</translation>
    </message>
    <message>
        <source>%1: this database holds patients who are not demo data; synthetic patients go only into an empty database or one of demo data (name another with --db). Nothing was changed.</source>
        <translation>%1: ამ მონაცემთა ბაზაში არიან პაციენტები, რომლებიც სადემონსტრაციო მონაცემები არ არის; გამოგონილი პაციენტები ემატება მხოლოდ ცარიელ ან სადემონსტრაციო ბაზას (სხვა მიუთითეთ --db-ით). არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>added %1 with %2 and %3</source>
        <translation>დაემატა %1, %2 და %3</translation>
    </message>
    <message numerus="yes">
        <source>%n demo patient(s)</source>
        <translation>
            <numerusform>%n სადემონსტრაციო პაციენტი</numerusform>
            <numerusform>%n სადემონსტრაციო პაციენტი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n მოვლენა</numerusform>
            <numerusform>%n მოვლენა</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypt the database at rest (SQLCipher); a verified unencrypted backup is kept</source>
        <translation>მონაცემთა ბაზის დაშიფვრა დისკზე (SQLCipher); ინახება შემოწმებული დაუშიფრავი სარეზერვო ასლი</translation>
    </message>
    <message>
        <source>encrypted %1: checked record for record against the verified backup. Its keys file %2 must stay beside it (and is copied with every backup): without it nobody can open the database.</source>
        <translation>%1 დაიშიფრა: თითოეული ჩანაწერი შედარდა შემოწმებულ სარეზერვო ასლს. მისი გასაღებების ფაილი %2 მის გვერდით უნდა დარჩეს (და ყოველ სარეზერვო ასლთან ერთად კოპირდება): მის გარეშე ბაზის გახსნას ვერავინ შეძლებს.</translation>
    </message>
    <message>
        <source>the unencrypted original is kept as %1: it holds patient data in the clear; once the encrypted database works, move it somewhere safe or delete it.</source>
        <translation>დაუშიფრავი ორიგინალი შენახულია როგორც %1: მასში პაციენტების მონაცემები ღიად არის; როცა დაშიფრული ბაზა იმუშავებს, გადაიტანეთ ის უსაფრთხო ადგილას ან წაშალეთ.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) in %1 are unencrypted; they are rotated away over the next 30 days, or delete them now.</source>
        <translation>
            <numerusform>%1-ში %n ძველი სარეზერვო ასლი დაუშიფრავია; ისინი მომდევნო 30 დღეში წაიშლება, ან წაშალეთ ახლავე.</numerusform>
            <numerusform>%1-ში %n ძველი სარეზერვო ასლი დაუშიფრავია; ისინი მომდევნო 30 დღეში წაიშლება, ან წაშალეთ ახლავე.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot sign in until given a new password: bedside accounts password &apos;%1&apos; (by a signed-in examiner)</source>
        <translation>%1 ვერ შევა, სანამ ახალ პაროლს არ მიიღებს: bedside accounts password &apos;%1&apos; (ასრულებს შესული გამომკვლევი)</translation>
    </message>
    <message>
        <source>%1: this database is encrypted already; nothing was changed</source>
        <translation>%1: ეს მონაცემთა ბაზა უკვე დაშიფრულია; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>write the PDF summary of one signed visit</source>
        <translation>ერთი ხელმოწერილი ვიზიტის PDF შეჯამების ჩაწერა</translation>
    </message>
    <message>
        <source>the patient&apos;s identifier</source>
        <translation>პაციენტის იდენტიფიკატორი</translation>
    </message>
    <message>
        <source>the visit date (default: the latest signed visit)</source>
        <translation>ვიზიტის თარიღი (ნაგულისხმევი: ბოლო ხელმოწერილი ვიზიტი)</translation>
    </message>
    <message>
        <source>--visit %1: not a date; give YYYY-MM-DD or &apos;%2&apos;</source>
        <translation>--visit %1: ეს თარიღი არ არის; მიუთითეთ YYYY-MM-DD ან &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--patient %1: no such patient in %2</source>
        <translation>--patient %1: ასეთი პაციენტი %2-ში არ არის</translation>
    </message>
    <message>
        <source>--patient %1: has no signed visit to summarise</source>
        <translation>--patient %1: შესაჯამებელი ხელმოწერილი ვიზიტი არ აქვს</translation>
    </message>
    <message>
        <source>--visit %1: %2 has no signed visit on this date (latest visits: %3)</source>
        <translation>--visit %1: %2-ს ამ თარიღზე ხელმოწერილი ვიზიტი არ აქვს (ბოლო ვიზიტები: %3)</translation>
    </message>
    <message>
        <source>The summary was not written.</source>
        <translation>შეჯამება არ ჩაიწერა.</translation>
    </message>
    <message>
        <source>%1: summary of the visit on %2</source>
        <translation>%1: %2-ის ვიზიტის შეჯამება</translation>
    </message>
    <message>
        <source>a consistent, verified backup of the database</source>
        <translation>მონაცემთა ბაზის შეთანხმებული, შემოწმებული სარეზერვო ასლი</translation>
    </message>
    <message>
        <source>the new backup file (default: the backups folder beside the database)</source>
        <translation>ახალი სარეზერვო ასლის ფაილი (ნაგულისხმევი: სარეზერვო ასლების საქაღალდე ბაზის გვერდით)</translation>
    </message>
    <message>
        <source>replace the database with a checked backup; the current database is kept in the backups folder</source>
        <translation>მონაცემთა ბაზის ჩანაცვლება შემოწმებული სარეზერვო ასლით; მიმდინარე ბაზა ინახება სარეზერვო ასლების საქაღალდეში</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>აღსადგენი სარეზერვო ასლი</translation>
    </message>
    <message>
        <source>integrity and schema check: says what is wrong and what to do; changes nothing</source>
        <translation>მთლიანობისა და სქემის შემოწმება: ამბობს, რა არის არასწორად და რა უნდა გაკეთდეს; არაფერს ცვლის</translation>
    </message>
    <message>
        <source>%1: there is no database here; name it with --db PATH</source>
        <translation>%1: აქ მონაცემთა ბაზა არ არის; მიუთითეთ --db PATH-ით</translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation>სარეზერვო ასლი ვერ შეიქმნა: %1</translation>
    </message>
    <message>
        <source>backup written and verified: %1</source>
        <translation>სარეზერვო ასლი ჩაიწერა და შემოწმდა: %1</translation>
    </message>
    <message>
        <source>%1: no such file; name a backup file</source>
        <translation>%1: ასეთი ფაილი არ არის; მიუთითეთ სარეზერვო ასლის ფაილი</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist; check --db or BEDSIDE_DB (nothing was created)</source>
        <translation>%1: საქაღალდე %2 არ არსებობს; შეამოწმეთ --db ან BEDSIDE_DB (არაფერი შექმნილა)</translation>
    </message>
    <message>
        <source>%1; the database was not changed</source>
        <translation>%1; მონაცემთა ბაზა არ შეცვლილა</translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation>მონაცემთა ბაზა არ შეცვლილა.</translation>
    </message>
    <message>
        <source>restored %1 from %2 (checked before and after copying; recorded in its audit trail)</source>
        <translation>%1 აღდგა %2-დან (შემოწმდა კოპირებამდე და კოპირების შემდეგ; ჩაიწერა აუდიტის ჟურნალში)</translation>
    </message>
    <message>
        <source>the database it replaced was kept as %1</source>
        <translation>ჩანაცვლებული მონაცემთა ბაზა შენახულია როგორც %1</translation>
    </message>
    <message>
        <source>What to do: open it with the newer version of Bedside or, to go back to the newest backup, run: bedside restore &apos;%1&apos;.</source>
        <translation>რა უნდა გააკეთოთ: გახსენით Bedside-ის უფრო ახალი ვერსიით, ან ბოლო სარეზერვო ასლზე დასაბრუნებლად გაუშვით: bedside restore &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>What to do: open it with the newer version of Bedside.</source>
        <translation>რა უნდა გააკეთოთ: გახსენით Bedside-ის უფრო ახალი ვერსიით.</translation>
    </message>
    <message>
        <source>What to do: restore the newest encrypted backup together with its keys file, taken %1 UTC: bedside restore &apos;%2&apos; (signed in; the damaged file is kept aside).</source>
        <translation>რა უნდა გააკეთოთ: აღადგინეთ ბოლო დაშიფრული სარეზერვო ასლი თავისი გასაღებების ფაილით, შექმნილი %1 UTC: bedside restore &apos;%2&apos; (შესვლით; დაზიანებული ფაილი ცალკე ინახება).</translation>
    </message>
    <message>
        <source>What to do: no good backup was found in %1; keep the file as it is and ask your IT support to recover it.</source>
        <translation>რა უნდა გააკეთოთ: %1-ში გამართული სარეზერვო ასლი ვერ მოიძებნა; დატოვეთ ფაილი როგორც არის და სთხოვეთ IT მხარდაჭერას მისი აღდგენა.</translation>
    </message>
    <message>
        <source>What to do: restore the newest good backup, taken %1 UTC: bedside restore &apos;%2&apos; (the damaged file is kept aside).</source>
        <translation>რა უნდა გააკეთოთ: აღადგინეთ ბოლო გამართული სარეზერვო ასლი, შექმნილი %1 UTC: bedside restore &apos;%2&apos; (დაზიანებული ფაილი ცალკე ინახება).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>გაფრთხილება: %1</translation>
    </message>
    <message>
        <source>%1: an empty database (no Bedside data yet); nothing to check.</source>
        <translation>%1: ცარიელი მონაცემთა ბაზა (Bedside-ის მონაცემები ჯერ არ არის); შესამოწმებელი არაფერია.</translation>
    </message>
    <message>
        <source>%1: OK: encrypted, integrity ok, schema version %2, %3.</source>
        <translation>%1: OK: დაშიფრულია, მთლიანობა წესრიგშია, სქემის ვერსია %2, %3.</translation>
    </message>
    <message>
        <source>%1: OK: integrity ok, schema version %2, %3.</source>
        <translation>%1: OK: მთლიანობა წესრიგშია, სქემის ვერსია %2, %3.</translation>
    </message>
    <message>
        <source>No backup yet in %1: run &apos;bedside backup&apos;.</source>
        <translation>%1-ში სარეზერვო ასლი ჯერ არ არის: გაუშვით &apos;bedside backup&apos;.</translation>
    </message>
    <message>
        <source>Newest good backup: %1.</source>
        <translation>ბოლო გამართული სარეზერვო ასლი: %1.</translation>
    </message>
    <message>
        <source>%1: %2; nothing was checked</source>
        <translation>%1: %2; არაფერი შემოწმებულა</translation>
    </message>
    <message>
        <source>the clinic&apos;s wordings of the ALSFRS-R</source>
        <translation>კლინიკის ALSFRS-R ფორმულირებები</translation>
    </message>
    <message>
        <source>add a licensed wording of the ALSFRS-R after checking that it words every item and anchor</source>
        <translation>ALSFRS-R-ის ლიცენზირებული ფორმულირების დამატება იმის შემოწმების შემდეგ, რომ შეიცავს ყველა პუნქტს და ყველა პასუხს</translation>
    </message>
    <message>
        <source>list the wordings added</source>
        <translation>დამატებული ფორმულირებების სია</translation>
    </message>
    <message>
        <source>nothing was added</source>
        <translation>არაფერი დამატებულა</translation>
    </message>
    <message>
        <source>%1: %2; nothing was added</source>
        <translation>%1: %2; არაფერი დამატებულა</translation>
    </message>
    <message>
        <source>%1; nothing was added</source>
        <translation>%1; არაფერი დამატებულა</translation>
    </message>
    <message>
        <source>added the %1 wording: %2 (id %3)</source>
        <translation>დაემატა ფორმულირება (%1): %2 (id %3)</translation>
    </message>
    <message>
        <source>the clinic&apos;s PostgreSQL server</source>
        <translation>კლინიკის PostgreSQL სერვერი</translation>
    </message>
    <message>
        <source>create or upgrade Bedside&apos;s schema on a PostgreSQL database</source>
        <translation>Bedside-ის სქემის შექმნა ან განახლება PostgreSQL მონაცემთა ბაზაში</translation>
    </message>
    <message>
        <source>a libpq connection string or URI; the password from PGPASSFILE/.pgpass or PGPASSWORD; sslmode=verify-full (or require) unless the server is on this computer</source>
        <translation>libpq-ის დაკავშირების სტრიქონი ან URI; პაროლი — PGPASSFILE/.pgpass-დან ან PGPASSWORD-დან; sslmode=verify-full (ან require), თუ სერვერი ამ კომპიუტერზე არ არის</translation>
    </message>
    <message>
        <source>%1: Bedside server schema %2, up to date</source>
        <translation>%1: Bedside-ის სერვერის სქემა %2, განახლებულია</translation>
    </message>
    <message>
        <source>%1: Bedside server schema %2 -&gt; %3</source>
        <translation>%1: Bedside-ის სერვერის სქემა %2 -&gt; %3</translation>
    </message>
    <message>
        <source>send and receive changes with the clinic server</source>
        <translation>ცვლილებების გაგზავნა და მიღება კლინიკის სერვერთან</translation>
    </message>
    <message>
        <source>the clinic&apos;s PostgreSQL server (a libpq connection string or URI; kept as this database&apos;s server once the sync worked, without a password); default: the database&apos;s server</source>
        <translation>კლინიკის PostgreSQL სერვერი (libpq-ის კავშირის სტრიქონი ან URI; წარმატებული სინქრონიზაციის შემდეგ ინახება ამ მონაცემთა ბაზის სერვერად, პაროლის გარეშე); ნაგულისხმევად: მონაცემთა ბაზის სერვერი</translation>
    </message>
    <message>
        <source>list the conflicts between laptops, or resolve one</source>
        <translation>ლეპტოპებს შორის კონფლიქტების ჩამონათვალი ან ერთ-ერთის გადაწყვეტა</translation>
    </message>
    <message>
        <source>only this patient&apos;s</source>
        <translation>მხოლოდ ამ პაციენტის</translation>
    </message>
    <message>
        <source>resolve one conflict, as listed</source>
        <translation>ჩამონათვალიდან ერთი კონფლიქტის გადაწყვეტა</translation>
    </message>
    <message>
        <source>as listed: the patient identifier, IDENTIFIER/DATE for visits, the event&apos;s id</source>
        <translation>როგორც ჩამონათვალშია: პაციენტის იდენტიფიკატორი, ვიზიტებისთვის იდენტიფიკატორი/თარიღი, მოვლენის იდენტიფიკატორი</translation>
    </message>
    <message>
        <source>the choice, numbered as listed</source>
        <translation>არჩევანის ნომერი, როგორც ჩამონათვალშია</translation>
    </message>
    <message>
        <source>why (kept in the audit trail)</source>
        <translation>მიზეზი (ინახება აუდიტის ჟურნალში)</translation>
    </message>
    <message>
        <source>patients and details conflicts: take this detail from choice N, the others from --choice (repeat it: the details are combined into a new version)</source>
        <translation>პაციენტებისა და მონაცემების კონფლიქტები: ეს მონაცემი აიღეთ N ვარიანტიდან, დანარჩენი --choice-დან (შეიძლება გაიმეოროთ: მონაცემები ახალ ვერსიად გაერთიანდება)</translation>
    </message>
    <message>
        <source>integrity problem: %1 %2: %3</source>
        <translation>მთლიანობის პრობლემა: %1 %2: %3</translation>
    </message>
    <message>
        <source>resolve: %1  (%2)</source>
        <translation>გადაწყვეტა: %1  (%2)</translation>
    </message>
    <message>
        <source>or combine them: add --take DETAIL=N for each detail taken from another choice than --choice, e.g. %1</source>
        <translation>ან გააერთიანეთ ისინი: დაამატეთ --take DETAIL=N ყოველი მონაცემისთვის, რომელიც --choice-ის გარდა სხვა ვარიანტიდან აიღება, მაგ. %1</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>კონფლიქტები არ არის</translation>
    </message>
    <message>
        <source>--take %1: give it as DETAIL=N, e.g. family_name=2</source>
        <translation>--take %1: მიუთითეთ როგორც DETAIL=N, მაგ. family_name=2</translation>
    </message>
</context>
<context>
    <name>ClinicSync</name>
    <message>
        <source>No clinic server is set for this database: enter it under Clinic server.</source>
        <translation>ამ მონაცემთა ბაზისთვის კლინიკის სერვერი არ არის მითითებული: მიუთითეთ ის ველში „კლინიკის სერვერი“.</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>კლინიკის სერვერი</translation>
    </message>
    <message>
        <source>The clinic server %1 asks for a password:</source>
        <translation>კლინიკის სერვერი %1 ითხოვს პაროლს:</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflicts.</source>
        <translation>სინქრონიზებულია: გაიგზავნა %1, მიღებულია %2, კონფლიქტები: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n integrity problem(s): see File &gt; Conflicts.</source>
        <translation>
            <numerusform>მთლიანობის %n პრობლემა: იხ. ფაილი &gt; კონფლიქტები.</numerusform>
            <numerusform>მთლიანობის %n პრობლემა: იხ. ფაილი &gt; კონფლიქტები.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>არ სინქრონიზდა: %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>სინქრონიზაცია…</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ჯერ არ არის სინქრონიზებული</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>სინქრონიზებულია %1</translation>
    </message>
    <message numerus="yes">
        <source>offline: %n visit(s) waiting</source>
        <translation>
            <numerusform>კავშირი არ არის: %n ვიზიტი ელოდება გაგზავნას</numerusform>
            <numerusform>კავშირი არ არის: %n ვიზიტი ელოდება გაგზავნას</numerusform>
        </translation>
    </message>
    <message>
        <source>offline</source>
        <translation>კავშირი არ არის</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n კონფლიქტი</numerusform>
            <numerusform>%n კონფლიქტი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integrity problem(s)</source>
        <translation>
            <numerusform>მთლიანობის %n პრობლემა</numerusform>
            <numerusform>მთლიანობის %n პრობლემა</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ახლახან</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 წუთის წინ</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 საათის წინ</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts between laptops</source>
        <translation>კონფლიქტები ლეპტოპებს შორის</translation>
    </message>
    <message>
        <source>Why (required; kept in the audit trail)</source>
        <translation>მიზეზი (სავალდებულო; ინახება აუდიტის ჟურნალში)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;გადაწყვეტა</translation>
    </message>
    <message>
        <source>No conflicts: every laptop&apos;s records agree.</source>
        <translation>კონფლიქტები არ არის: ყველა ლეპტოპის ჩანაწერები ემთხვევა.</translation>
    </message>
    <message>
        <source>Integrity problems (the same id arrived with other content; refused, never merged; tell whoever runs the clinic server):</source>
        <translation>მთლიანობის პრობლემები (იგივე იდენტიფიკატორი მოვიდა სხვა შინაარსით; უარყოფილია, არასოდეს ერწყმის; აცნობეთ კლინიკის სერვერის ადმინისტრატორს):</translation>
    </message>
    <message>
        <source>Choosing one: %1.</source>
        <translation>ერთის არჩევა: %1.</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>ვარიანტი %1</translation>
    </message>
    <message>
        <source>Combine them: each detail from the version chosen below</source>
        <translation>გაერთიანება: ყოველი მონაცემი ქვემოთ არჩეული ვერსიიდან</translation>
    </message>
    <message>
        <source>Not resolved: the password was not confirmed.</source>
        <translation>არ გადაწყდა: პაროლი არ დადასტურდა.</translation>
    </message>
    <message>
        <source>Not resolved: %1. Nothing was changed.</source>
        <translation>არ გადაწყდა: %1. არაფერი შეცვლილა.</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Set up examiner accounts</source>
        <translation>გამომკვლევთა ანგარიშების გამართვა</translation>
    </message>
    <message>
        <source>Add an examiner</source>
        <translation>გამომკვლევის დამატება</translation>
    </message>
    <message numerus="yes">
        <source>Once this database has an account, the app and every command ask for sign-in. Passwords have at least %n characters.</source>
        <translation>
            <numerusform>როგორც კი ამ ბაზას ანგარიში ექნება, პროგრამა და ყველა ბრძანება შესვლას მოითხოვს. პაროლი უნდა შეიცავდეს მინიმუმ %n სიმბოლოს.</numerusform>
            <numerusform>როგორც კი ამ ბაზას ანგარიში ექნება, პროგრამა და ყველა ბრძანება შესვლას მოითხოვს. პაროლი უნდა შეიცავდეს მინიმუმ %n სიმბოლოს.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt the database file</source>
        <translation>მონაცემთა ბაზის ფაილის დაშიფვრა</translation>
    </message>
    <message>
        <source>Without a signed-in examiner it cannot be read at all (a copy of the unencrypted file is kept in the backups folder).</source>
        <translation>შესული გამომკვლევის გარეშე მისი წაკითხვა შეუძლებელია (დაუშიფრავი ფაილის ასლი ინახება სარეზერვო ასლების საქაღალდეში).</translation>
    </message>
    <message>
        <source>Encrypt the database with this account&apos;s key</source>
        <translation>მონაცემთა ბაზის დაშიფვრა ამ ანგარიშის გასაღებით</translation>
    </message>
    <message>
        <source>The new examiner&apos;s name, as it signs visits</source>
        <translation>ახალი გამომკვლევის სახელი, რომლითაც ის ვიზიტებს აწერს ხელს</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>მინიმუმ %n სიმბოლო</numerusform>
            <numerusform>მინიმუმ %n სიმბოლო</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>პაროლი</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>გაიმეორეთ პაროლი</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>იგივე პაროლი კიდევ ერთხელ</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>ანგარიშის შექმნა</translation>
    </message>
    <message>
        <source>Create the examiner&apos;s account</source>
        <translation>გამომკვლევის ანგარიშის შექმნა</translation>
    </message>
    <message>
        <source>Close; no account is made</source>
        <translation>დახურვა; ანგარიში არ იქმნება</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>პაროლები არ ემთხვევა.</translation>
    </message>
</context>
<context>
    <name>DOMAIN</name>
    <message>
        <source>I performed this examination and attest that the recorded scores are accurate.</source>
        <translation>ეს გამოკვლევა მე ჩავატარე და ვადასტურებ, რომ ჩაწერილი ქულები სწორია.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>ახალი მოვლენა</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>მოვლენის რედაქტირება</translation>
    </message>
    <message>
        <source>choose the kind</source>
        <translation>აირჩიეთ სახე</translation>
    </message>
    <message>
        <source>e.g. MSC transplantation, intrathecal</source>
        <translation>მაგ. MSC ტრანსპლანტაცია, ინტრათეკალური</translation>
    </message>
    <message>
        <source>Hours a day of non-invasive ventilation, more than 0 and at most 24</source>
        <translation>არაინვაზიური ვენტილაციის საათები დღეში: 0-ზე მეტი და არაუმეტეს 24</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;რა</translation>
    </message>
    <message>
        <source>What happened: gastrostomy, NIV, a medication, a procedure, death or other</source>
        <translation>რა მოხდა: გასტროსტომა, NIV, მედიკამენტი, პროცედურა, გარდაცვალება ან სხვა</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;თარიღი</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;აღწერა</translation>
    </message>
    <message>
        <source>A few words: the drug, the procedure (optional)</source>
        <translation>რამდენიმე სიტყვა: მედიკამენტი, პროცედურა (არასავალდებულო)</translation>
    </message>
    <message>
        <source>&amp;Hours a day</source>
        <translation>&amp;საათი დღეში</translation>
    </message>
    <message>
        <source>the drug&apos;s name (required)</source>
        <translation>მედიკამენტის სახელი (სავალდებულო)</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>თარიღი აუცილებელია</translation>
    </message>
    <message>
        <source>choose the kind of event</source>
        <translation>აირჩიეთ მოვლენის სახე</translation>
    </message>
    <message>
        <source>name the drug</source>
        <translation>მიუთითეთ მედიკამენტი</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>One row per event: date, kind, label; Enter changes it, Delete deletes it</source>
        <translation>თითო სტრიქონი მოვლენაზე: თარიღი, სახე, აღწერა; Enter — შეცვლა, Delete — წაშლა</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>მოვლენები</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>თარიღი</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>სახე</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>აღწერა</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>მოვლენის &amp;დამატება…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;რედაქტირება…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;წაშლა…</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+Shift+E)</source>
        <translation>მოვლენის დამატება (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Change the event chosen in the list</source>
        <translation>სიაში არჩეული მოვლენის შეცვლა</translation>
    </message>
    <message>
        <source>Delete the event chosen in the list; asks for a reason</source>
        <translation>სიაში არჩეული მოვლენის წაშლა; მიზეზს იკითხავს</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>მოვლენის წაშლა</translation>
    </message>
    <message>
        <source>Delete “%1” of %2? The deletion is recorded in the audit log.
Reason (required):</source>
        <translation>წაიშალოს „%1“ (%2)? წაშლა ჩაიწერება აუდიტის ჟურნალში.
მიზეზი (სავალდებულო):</translation>
    </message>
    <message>
        <source>Nothing was deleted: a reason is required.</source>
        <translation>არაფერი წაშლილა: მიზეზი აუცილებელია.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>ექსპორტი</translation>
    </message>
    <message>
        <source>CSV: one row per visit, with derived columns</source>
        <translation>CSV: თითო სტრიქონი ვიზიტზე, გამოთვლილი სვეტებით</translation>
    </message>
    <message>
        <source>FHIR R4 bundle (JSON)</source>
        <translation>FHIR R4 პაკეტი (JSON)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>ფორმატი</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>ყველა პაციენტი</translation>
    </message>
    <message>
        <source>One patient:</source>
        <translation>ერთი პაციენტი:</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>პაციენტები</translation>
    </message>
    <message>
        <source>De-identify</source>
        <translation>დეიდენტიფიკაცია</translation>
    </message>
    <message>
        <source>No names, identifiers, birth dates (age at each visit instead, 90 and over as 90+) or free text; each patient gets a stable pseudonym and all their dates move by the same number of days, so intervals stay true.</source>
        <translation>სახელების, იდენტიფიკატორების, დაბადების თარიღების (მათ ნაცვლად ასაკი თითოეულ ვიზიტზე, 90 და მეტი — 90+) და თავისუფალი ტექსტის გარეშე; თითოეული პაციენტი იღებს მუდმივ ფსევდონიმს და მისი ყველა თარიღი ინაცვლებს დღეების ერთი და იმავე რაოდენობით, ასე რომ შუალედები უცვლელი რჩება.</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>ჩასაწერი ფაილი</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <source>CSV: a spreadsheet-ready table; FHIR: for another clinical system</source>
        <translation>CSV: ცხრილი ელცხრილებისთვის; FHIR: სხვა კლინიკური სისტემისთვის</translation>
    </message>
    <message>
        <source>The patient to export</source>
        <translation>საექსპორტო პაციენტი</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>პაციენტი</translation>
    </message>
    <message>
        <source>Export every patient of the database</source>
        <translation>მონაცემთა ბაზის ყველა პაციენტის ექსპორტი</translation>
    </message>
    <message>
        <source>Export only the patient chosen beside</source>
        <translation>მხოლოდ გვერდით არჩეული პაციენტის ექსპორტი</translation>
    </message>
    <message>
        <source>Events file instead of visits</source>
        <translation>მოვლენების ფაილი ვიზიტების ნაცვლად</translation>
    </message>
    <message>
        <source>Write the events (interventions and milestones) instead of the visits</source>
        <translation>ვიზიტების ნაცვლად მოვლენების (ჩარევები და ეტაპები) ჩაწერა</translation>
    </message>
    <message>
        <source>The file the export is written to</source>
        <translation>ფაილი, რომელშიც ექსპორტი იწერება</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>ჩასაწერი ფაილის არჩევა</translation>
    </message>
    <message>
        <source>Write the export</source>
        <translation>ექსპორტის ჩაწერა</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>ამ ფანჯრის დახურვა</translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation>FHIR პაკეტი (*.json)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ფაილი (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ექსპორტი</translation>
    </message>
    <message>
        <source>Choose where to save the export first (Choose…).</source>
        <translation>ჯერ აირჩიეთ, სად შეინახოს ექსპორტი (არჩევა…).</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>ექსპორტი იწერება…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>ექსპორტი გაუქმდა; არაფერი ჩაწერილა.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was written.</source>
        <translation>ექსპორტი ვერ შესრულდა: %1. არაფერი ჩაწერილა.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written; choose another place.</source>
        <translation>%1 ვერ ჩაიწერა: %2. არაფერი ჩაწერილა; აირჩიეთ სხვა ადგილი.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n პაციენტი</numerusform>
            <numerusform>%n პაციენტი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) of %1 to %2.</source>
        <translation>
            <numerusform>ჩაიწერა %n მოვლენა (%1) ფაილში %2.</numerusform>
            <numerusform>ჩაიწერა %n მოვლენა (%1) ფაილში %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n visit(s) of %1 to %2.</source>
        <translation>
            <numerusform>ჩაიწერა %n ვიზიტი (%1) ფაილში %2.</numerusform>
            <numerusform>ჩაიწერა %n ვიზიტი (%1) ფაილში %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identified: pseudonyms, shifted dates, no names.</source>
        <translation>დეიდენტიფიცირებულია: ფსევდონიმები, წანაცვლებული თარიღები, სახელების გარეშე.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Switch between item 5a (without gastrostomy) and 5b (with gastrostomy) (G)</source>
        <translation>გადართვა პუნქტებს შორის 5a (გასტროსტომის გარეშე) და 5b (გასტროსტომით) (G)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← უკან</translation>
    </message>
    <message>
        <source>Back to the previous item (Backspace or ←)</source>
        <translation>წინა პუნქტზე დაბრუნება (Backspace ან ←)</translation>
    </message>
    <message>
        <source>Not assessed… (N)</source>
        <translation>არ შეფასდა… (N)</translation>
    </message>
    <message>
        <source>Mark this item not assessed, with a reason (N)</source>
        <translation>პუნქტის შეუფასებლად მონიშვნა მიზეზით (N)</translation>
    </message>
    <message>
        <source>Skip →</source>
        <translation>გამოტოვება →</translation>
    </message>
    <message>
        <source>On to the next item without an answer (→)</source>
        <translation>შემდეგ პუნქტზე პასუხის გარეშე (→)</translation>
    </message>
    <message>
        <source>Review (R)</source>
        <translation>გადახედვა (R)</translation>
    </message>
    <message>
        <source>Review every answer before signing (R)</source>
        <translation>ყველა პასუხის გადახედვა ხელმოწერამდე (R)</translation>
    </message>
    <message>
        <source>Keys: 0-4 answer and go on · Backspace or ← back · → skip · N not assessed, then the reason&apos;s number · R review</source>
        <translation>კლავიშები: 0-4 — პასუხი და შემდეგი · Backspace ან ← — უკან · → — გამოტოვება · N — არ შეფასდა, შემდეგ მიზეზის ნომერი · R — გადახედვა</translation>
    </message>
    <message>
        <source>ALSFRS-R · item %1 of %2</source>
        <translation>ALSFRS-R · პუნქტი %1 / %2</translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation>არ შეფასდა: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>შენიშვნა</translation>
    </message>
    <message>
        <source>Why was item %1 not assessed? (1-4, or type a reason)</source>
        <translation>რატომ არ შეფასდა პუნქტი %1? (1-4 ან აკრიფეთ მიზეზი)</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Bedside is locked</source>
        <translation>Bedside დაბლოკილია</translation>
    </message>
    <message>
        <source>Locked after inactivity. Sign in to continue; a visit in progress is kept as it was.</source>
        <translation>დაიბლოკა უმოქმედობის გამო. გასაგრძელებლად შედით; დაწყებული ვიზიტი ინახება ისე, როგორც იყო.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>განბლოკვა</translation>
    </message>
    <message>
        <source>Sign in again and go on where you were (Enter)</source>
        <translation>ხელახლა შესვლა და გაგრძელება იმავე ადგილიდან (Enter)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Set up accounts…</source>
        <translation>ანგარიშების გამართვა…</translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation> (სადემონსტრაციო მონაცემები)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>მონაცემთა ბაზა იხსნება…</translation>
    </message>
    <message>
        <source>The database is being opened and checked; the patients appear in the list in a moment.</source>
        <translation>მონაცემთა ბაზა იხსნება და მოწმდება; პაციენტები სიაში მალე გამოჩნდებიან.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>მონაცემთა ბაზის გახსნა შეუძლებელია.</translation>
    </message>
    <message>
        <source>Choose a patient from the list (Ctrl+F to search, arrows and Enter to open), or add one with Ctrl+Shift+N.</source>
        <translation>აირჩიეთ პაციენტი სიიდან (Ctrl+F — ძიება, ისრები და Enter — გახსნა) ან დაამატეთ ახალი: Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>This database has no examiner accounts: anyone using this computer can open it. Set up accounts so that every visit is signed by a signed-in examiner.</source>
        <translation>ამ მონაცემთა ბაზას არ აქვს გამომკვლევთა ანგარიშები: მისი გახსნა შეუძლია ნებისმიერს, ვინც ამ კომპიუტერს იყენებს. გამართეთ ანგარიშები, რომ ყველა ვიზიტს ხელს აწერდეს შესული გამომკვლევი.</translation>
    </message>
    <message>
        <source>Examiner account added.</source>
        <translation>გამომკვლევის ანგარიში დაემატა.</translation>
    </message>
    <message>
        <source>Patient %1 added.</source>
        <translation>პაციენტი %1 დაემატა.</translation>
    </message>
    <message>
        <source>Resume an unsigned visit?</source>
        <translation>გაგრძელდეს ხელმოუწერელი ვიზიტი?</translation>
    </message>
    <message>
        <source>A visit of %1 (%2) dated %3 was being entered and is not signed. Everything entered so far is saved.

Resume it now (Enter)?</source>
        <translation>%1-ის (%2) ვიზიტი, თარიღით %3, შეყვანის პროცესში იყო და ხელმოწერილი არ არის. აქამდე შეყვანილი ყველაფერი შენახულია.

გაგრძელდეს ახლა (Enter)?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;გაგრძელება</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;მოგვიანებით</translation>
    </message>
    <message numerus="yes">
        <source>%n more unsigned visit(s) are listed as drafts in their patients&apos; visit history.</source>
        <translation>
            <numerusform>კიდევ %n ხელმოუწერელი ვიზიტი მონახაზის სახით ჩანს პაციენტების ვიზიტების ისტორიაში.</numerusform>
            <numerusform>კიდევ %n ხელმოუწერელი ვიზიტი მონახაზის სახით ჩანს პაციენტების ვიზიტების ისტორიაში.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ფაილი</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;ახალი პაციენტი…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>მონაცემთა ბაზის &amp;გახსნა…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;ექსპორტი…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF-ის შენახვა…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;ბეჭდვა…</translation>
    </message>
    <message>
        <source>E&amp;xaminer accounts…</source>
        <translation>გამომკვლევთა ა&amp;ნგარიშები…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>ახლავე სი&amp;ნქრონიზაცია</translation>
    </message>
    <message>
        <source>Send and receive with the clinic server now</source>
        <translation>ახლავე გაგზავნა და მიღება კლინიკის სერვერთან</translation>
    </message>
    <message>
        <source>Co&amp;nflicts…</source>
        <translation>&amp;კონფლიქტები…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;პარამეტრები…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>გ&amp;ასვლა</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;პაციენტი</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>პაციენტის &amp;ძიება</translation>
    </message>
    <message>
        <source>New &amp;visit</source>
        <translation>ახალი &amp;ვიზიტი</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>პაციენტის &amp;რედაქტირება…</translation>
    </message>
    <message>
        <source>Add e&amp;vent…</source>
        <translation>მოვლენის &amp;დამატება…</translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation>ცვლილებების &amp;ისტორია…</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;ვიზიტი</translation>
    </message>
    <message>
        <source>&amp;Close visit (a draft stays saved)</source>
        <translation>&amp;ვიზიტის დახურვა (მონახაზი შენახული რჩება)</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;მონახაზის წაშლა…</translation>
    </message>
    <message>
        <source>&amp;Amend signed visit…</source>
        <translation>&amp;ხელმოწერილი ვიზიტის შესწორება…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;დახმარება</translation>
    </message>
    <message>
        <source>&amp;About Bedside</source>
        <translation>Bedside-ის &amp;შესახებ</translation>
    </message>
    <message>
        <source>The printed visit summary is not part of this build.</source>
        <translation>ვიზიტის ნაბეჭდი შეჯამება ამ ვერსიაში არ შედის.</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>ჯერ გახსენით პაციენტი.</translation>
    </message>
    <message>
        <source>Save &amp;PDF (visit of %1)…</source>
        <translation>&amp;PDF-ის შენახვა (ვიზიტი %1)…</translation>
    </message>
    <message>
        <source>P&amp;rint (visit of %1)…</source>
        <translation>&amp;ბეჭდვა (ვიზიტი %1)…</translation>
    </message>
    <message>
        <source>(being opened)</source>
        <translation>(იხსნება)</translation>
    </message>
    <message>
        <source>About Bedside</source>
        <translation>Bedside-ის შესახებ</translation>
    </message>
    <message>
        <source>Bedside %1

ALSFRS-R and MRC muscle grading at the bedside, with trends and a printed visit summary.

Database: %2</source>
        <translation>Bedside %1

ALSFRS-R და კუნთების ძალის შეფასება MRC შკალით პაციენტის საწოლთან, დინამიკით და ვიზიტის ნაბეჭდი შეჯამებით.

მონაცემთა ბაზა: %2</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Breathing and weight</source>
        <translation>სუნთქვა და წონა</translation>
    </message>
    <message>
        <source>&amp;FVC, L</source>
        <translation>&amp;FVC, L</translation>
    </message>
    <message>
        <source>&amp;SVC, L</source>
        <translation>&amp;SVC, L</translation>
    </message>
    <message>
        <source>&amp;MIP, cmH2O</source>
        <translation>&amp;MIP, cmH2O</translation>
    </message>
    <message>
        <source>S&amp;NIP, cmH2O</source>
        <translation>SNIP, cmH2O</translation>
    </message>
    <message>
        <source>Peak &amp;cough flow, L/min</source>
        <translation>ხველის &amp;პიკური ნაკადი, L/min</translation>
    </message>
    <message>
        <source>&amp;Weight, kg</source>
        <translation>&amp;წონა, kg</translation>
    </message>
    <message>
        <source>&amp;Height, cm</source>
        <translation>&amp;სიმაღლე, cm</translation>
    </message>
    <message>
        <source>the best of the trials</source>
        <translation>მცდელობებიდან საუკეთესო</translation>
    </message>
    <message>
        <source>the pressure&apos;s size, without a minus sign</source>
        <translation>წნევის სიდიდე, მინუს ნიშნის გარეშე</translation>
    </message>
    <message>
        <source>The position the vital capacities were measured in</source>
        <translation>პოზიცია, რომელშიც სასიცოცხლო ტევადობა გაიზომა</translation>
    </message>
    <message>
        <source>How the ALSFRS-R was taken: in clinic, by telephone, by video or self-administered</source>
        <translation>როგორ ჩატარდა ALSFRS-R: კლინიკაში, ტელეფონით, ვიდეოთი თუ თვითშევსებით</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>დასაშვებია: %1</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;პოზიცია</translation>
    </message>
    <message>
        <source>&amp;answered by</source>
        <translation>&amp;უპასუხა</translation>
    </message>
    <message>
        <source>Who answered the ALSFRS-R: the patient or a caregiver</source>
        <translation>ვინ უპასუხა ALSFRS-R-ს: პაციენტმა თუ მომვლელმა</translation>
    </message>
    <message>
        <source>ALSFRS-R answered by</source>
        <translation>ALSFRS-R-ს უპასუხა</translation>
    </message>
    <message>
        <source>ALSFRS-R &amp;taken</source>
        <translation>ALSFRS-R &amp;ჩატარდა</translation>
    </message>
    <message>
        <source>Keys: digits, &apos;.&apos; or &apos;,&apos; · Enter or Tab: next · Shift+Tab: back a field · empty: not measured · Ctrl+Enter: continue · Esc: back</source>
        <translation>კლავიშები: ციფრები, &apos;.&apos; ან &apos;,&apos; · Enter ან Tab: შემდეგი · Shift+Tab: წინა ველი · ცარიელი: არ გაზომილა · Ctrl+Enter: გაგრძელება · Esc: უკან</translation>
    </message>
    <message>
        <source>← Back (Esc)</source>
        <translation>← უკან (Esc)</translation>
    </message>
    <message>
        <source>Back to the page before; the values stay</source>
        <translation>წინა გვერდზე დაბრუნება; მნიშვნელობები რჩება</translation>
    </message>
    <message>
        <source>Continue (Ctrl+Enter)</source>
        <translation>გაგრძელება (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>On to the ALSFRS-R items, or the review</source>
        <translation>ALSFRS-R-ის პუნქტებზე ან გადახედვაზე გადასვლა</translation>
    </message>
    <message>
        <source>Interventions on this date: %1</source>
        <translation>ამ თარიღისთვის მიმდინარე ჩარევები: %1</translation>
    </message>
    <message>
        <source>none recorded (add them under Events)</source>
        <translation>არცერთი არ არის ჩაწერილი (დაამატეთ „მოვლენებში“)</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>BMI %1</translation>
    </message>
    <message>
        <source>%1% from before the illness</source>
        <translation>%1% დაავადებამდელთან შედარებით</translation>
    </message>
    <message>
        <source>%1 cm is used (measured before)</source>
        <translation>გამოიყენება %1 cm (ადრე გაზომილი)</translation>
    </message>
    <message>
        <source>last %1 on %2</source>
        <translation>ბოლო: %1, %2</translation>
    </message>
    <message>
        <source>no % predicted: %1</source>
        <translation>მოსალოდნელის % არ გამოითვლება: %1</translation>
    </message>
    <message>
        <source>%1% of predicted (%3), z %2</source>
        <translation>მოსალოდნელის %1% (%3), z %2</translation>
    </message>
</context>
<context>
    <name>MeasuresTrendPanel</name>
    <message>
        <source>Vital capacity (% of predicted) and weight at each signed visit, with the patient&apos;s events marked</source>
        <translation>სასიცოცხლო ტევადობა (მოსალოდნელის %) და წონა ყოველ ხელმოწერილ ვიზიტზე, პაციენტის მოვლენების აღნიშვნით</translation>
    </message>
    <message>
        <source>Breathing and weight plot</source>
        <translation>სუნთქვისა და წონის გრაფიკი</translation>
    </message>
    <message>
        <source>Vital capacity, % of predicted</source>
        <translation>სასიცოცხლო ტევადობა, მოსალოდნელის %</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>წონა, kg</translation>
    </message>
    <message>
        <source>FVC</source>
        <translation>FVC</translation>
    </message>
    <message>
        <source>SVC</source>
        <translation>SVC</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>წონა</translation>
    </message>
    <message>
        <source>before the illness %1 kg</source>
        <translation>დაავადებამდე %1 kg</translation>
    </message>
    <message>
        <source>% of predicted: %1 (the clinic&apos;s setting).</source>
        <translation>მოსალოდნელის %: %1 (კლინიკის პარამეტრი).</translation>
    </message>
    <message>
        <source>No vital capacity or weight recorded yet: they are entered with a visit (tick Breathing, weight on its start page).</source>
        <translation>სასიცოცხლო ტევადობა და წონა ჯერ არ არის ჩაწერილი: ისინი ვიზიტთან ერთად შეიყვანება (მონიშნეთ „სუნთქვა, წონა“ ვიზიტის საწყის გვერდზე).</translation>
    </message>
    <message>
        <source>Not plotted: %1.</source>
        <translation>გრაფიკზე არ არის: %1.</translation>
    </message>
</context>
<context>
    <name>MrcPage</name>
    <message>
        <source>← Back</source>
        <translation>← უკან</translation>
    </message>
    <message>
        <source>Back to the last ALSFRS-R item or the start page</source>
        <translation>დაბრუნება ALSFRS-R-ის ბოლო პუნქტზე ან საწყის გვერდზე</translation>
    </message>
    <message>
        <source>Continue to review (Ctrl+Enter)</source>
        <translation>გადახედვაზე გადასვლა (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Review the visit before signing (Ctrl+Enter)</source>
        <translation>ვიზიტის გადახედვა ხელმოწერამდე (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>გასუფთავება</translation>
    </message>
    <message>
        <source>Clear the chosen cell&apos;s grade (Delete)</source>
        <translation>არჩეული უჯრის ქულის გასუფთავება (Delete)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>მარცხენა</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>მარჯვენა</translation>
    </message>
    <message>
        <source>Without side</source>
        <translation>მხარის გარეშე</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ჯამი</translation>
    </message>
    <message>
        <source>MRC muscle grading · %1</source>
        <translation>კუნთების შეფასება MRC · %1</translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation>%1, მარცხენა</translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation>%1, მარჯვენა</translation>
    </message>
    <message>
        <source>(%1 not tested)</source>
        <translation>(არ შემოწმდა: %1)</translation>
    </message>
    <message>
        <source>%1 is not an MRC grade (use 5-, 4+, 4-, 3+ or 3-).</source>
        <translation>%1 არ არის MRC ქულა (გამოიყენეთ 5-, 4+, 4-, 3+ ან 3-).</translation>
    </message>
    <message>
        <source>%1: why was it not tested? (1-%2)</source>
        <translation>%1: რატომ არ შემოწმდა? (1-%2)</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>ჯერ არ შეფასებულა</translation>
    </message>
    <message>
        <source>One row per muscle, Left and Right: keys 0-5 grade the chosen cell, + or - refine it, N marks it not tested</source>
        <translation>თითო სტრიქონი კუნთზე, მარცხნივ და მარჯვნივ: კლავიშები 0-5 აფასებს არჩეულ უჯრას, + ან - აზუსტებს, N აღნიშნავს „არ შემოწმდა“</translation>
    </message>
    <message>
        <source>MRC grades</source>
        <translation>MRC ქულები</translation>
    </message>
    <message>
        <source>Keys: 0-5 grade and move on · then + or - refines (4 then - = 4-) · N not tested, then the reason&apos;s number · Delete clears · arrows and Tab move · Ctrl+Enter review</source>
        <translation>კლავიშები: 0-5 — შეფასება და შემდეგი · შემდეგ + ან - აზუსტებს (4, შემდეგ - = 4-) · N — არ შემოწმდა, შემდეგ მიზეზის ნომერი · Delete — წაშლა · ისრები და Tab — გადაადგილება · Ctrl+Enter — გადახედვა</translation>
    </message>
    <message>
        <source>%1 of %2 cells entered</source>
        <translation>შეყვანილია %1 უჯრა %2-დან</translation>
    </message>
    <message>
        <source>Type a grade 0-5 first, then + or -.</source>
        <translation>ჯერ აკრიფეთ ქულა 0-5, შემდეგ + ან -.</translation>
    </message>
</context>
<context>
    <name>MrcTrendPanel</name>
    <message>
        <source>MRC grades plot</source>
        <translation>MRC ქულების გრაფიკი</translation>
    </message>
    <message>
        <source>Each muscle&apos;s MRC grade at each visit as a coloured cell, and the MRC sum beneath. Tick &apos;Grades as a table&apos; to read the same grades as a table.</source>
        <translation>თითოეული კუნთის MRC ქულა თითოეულ ვიზიტზე ფერადი უჯრის სახით, ქვემოთ კი MRC ჯამი. მონიშნეთ „ქულები ცხრილად“, რომ იგივე ქულები ცხრილის სახით წაიკითხოთ.</translation>
    </message>
    <message>
        <source>MRC grades table</source>
        <translation>MRC ქულების ცხრილი</translation>
    </message>
    <message>
        <source>One row per muscle, one column per visit; the last row is the MRC sum.</source>
        <translation>თითო სტრიქონი კუნთზე, თითო სვეტი ვიზიტზე; ბოლო სტრიქონი MRC ჯამია.</translation>
    </message>
    <message>
        <source>Grades as a table</source>
        <translation>ქულები ცხრილად</translation>
    </message>
    <message>
        <source>The same grades as the plot, as text</source>
        <translation>იგივე ქულები, რაც გრაფიკზეა, ტექსტის სახით</translation>
    </message>
    <message>
        <source>MRC grade</source>
        <translation>MRC ქულა</translation>
    </message>
    <message>
        <source>MRC sum</source>
        <translation>MRC ჯამი</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>ჯამი</translation>
    </message>
    <message>
        <source>No MRC grades recorded for this patient yet.</source>
        <translation>ამ პაციენტისთვის MRC ქულები ჯერ არ ჩაწერილა.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) with MRC grades. Latest MRC sum %1 (%2 not tested). Blank cells: not tested or not in that visit&apos;s protocol; dashed line: the maximum over the muscles tested.</source>
        <translation>
            <numerusform>%n ვიზიტი MRC ქულებით. ბოლო MRC ჯამი %1 (არ შემოწმდა: %2). ცარიელი უჯრები: არ შემოწმდა ან არ შედის იმ ვიზიტის პროტოკოლში; წყვეტილი ხაზი: მაქსიმუმი შემოწმებული კუნთების მიხედვით.</numerusform>
            <numerusform>%n ვიზიტი MRC ქულებით. ბოლო MRC ჯამი %1 (არ შემოწმდა: %2). ცარიელი უჯრები: არ შემოწმდა ან არ შედის იმ ვიზიტის პროტოკოლში; წყვეტილი ხაზი: მაქსიმუმი შემოწმებული კუნთების მიხედვით.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OPERATIONS</name>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: წაკითხვა შეუძლებელია (%2)</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: ჩვეულებრივი ფაილი არ არის</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes: not a wording file</source>
        <translation>%1: %2 ბაიტზე დიდია: ფორმულირების ფაილი არ არის</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text (byte %2)</source>
        <translation>%1: UTF-8 ტექსტი არ არის (ბაიტი %2)</translation>
    </message>
    <message>
        <source>the wording %1 this visit was entered in is not in this database</source>
        <translation>ფორმულირება %1, რომლითაც ეს ვიზიტი შეიყვანეს, ამ მონაცემთა ბაზაში არ არის</translation>
    </message>
    <message numerus="yes">
        <source>one identifier, %n patient record(s) created on different laptops</source>
        <translation>
            <numerusform>ერთი იდენტიფიკატორი, პაციენტის %n ჩანაწერი სხვადასხვა ლეპტოპიდან</numerusform>
            <numerusform>ერთი იდენტიფიკატორი, პაციენტის %n ჩანაწერი სხვადასხვა ლეპტოპიდან</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the patient&apos;s details were changed on %n laptop(s)</source>
        <translation>
            <numerusform>პაციენტის მონაცემები შეიცვალა %n ლეპტოპზე</numerusform>
            <numerusform>პაციენტის მონაცემები შეიცვალა %n ლეპტოპზე</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed visit(s) on one date</source>
        <translation>
            <numerusform>%n ხელმოწერილი ვიზიტი ერთ თარიღზე</numerusform>
            <numerusform>%n ხელმოწერილი ვიზიტი ერთ თარიღზე</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an event was changed on %n laptop(s)</source>
        <translation>
            <numerusform>მოვლენა შეიცვალა %n ლეპტოპზე</numerusform>
            <numerusform>მოვლენა შეიცვალა %n ლეპტოპზე</numerusform>
        </translation>
    </message>
    <message>
        <source>merge the records into one patient (every visit and event of each is kept), with the details of the record chosen</source>
        <translation>ჩანაწერების გაერთიანება ერთ პაციენტად (თითოეულის ყველა ვიზიტი და მოვლენა ინახება) არჩეული ჩანაწერის მონაცემებით</translation>
    </message>
    <message>
        <source>keep the details chosen (the others stay in the history)</source>
        <translation>არჩეული მონაცემების დატოვება (დანარჩენი რჩება ისტორიაში)</translation>
    </message>
    <message>
        <source>the visit chosen is entered in error: withdrawn from the record, kept readable</source>
        <translation>არჩეული ვიზიტი აღინიშნება შეცდომით შეყვანილად: ამოიღება ჩანაწერიდან, მაგრამ რჩება წაკითხვადი</translation>
    </message>
    <message>
        <source>keep the event as the version chosen has it</source>
        <translation>მოვლენის დატოვება არჩეული ვერსიის სახით</translation>
    </message>
    <message>
        <source>integrity problem (%1, %2): %3 %4: %5</source>
        <translation>მთლიანობის პრობლემა (%1, %2): %3 %4: %5</translation>
    </message>
    <message>
        <source>%1, event %2</source>
        <translation>%1, მოვლენა %2</translation>
    </message>
    <message>
        <source>deleted (%1)</source>
        <translation>წაშლილია (%1)</translation>
    </message>
    <message>
        <source>%1; recorded by %2 at %3</source>
        <translation>%1; ჩაწერა %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n ვიზიტი</numerusform>
            <numerusform>%n ვიზიტი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n მოვლენა</numerusform>
            <numerusform>%n მოვლენა</numerusform>
        </translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>შენიშვნები: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(სახელის გარეშე)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>დაბადების თარიღი %1</translation>
    </message>
    <message>
        <source>onset %1 (%2)</source>
        <translation>დაავადების დაწყება %1 (%2)</translation>
    </message>
    <message>
        <source>diagnosed %1</source>
        <translation>დიაგნოზი დაისვა %1</translation>
    </message>
    <message>
        <source>(recorded by %1 at %2)</source>
        <translation>(ჩაწერა %1, %2)</translation>
    </message>
    <message>
        <source>ALSFRS-R total %1</source>
        <translation>ALSFRS-R ჯამი %1</translation>
    </message>
    <message>
        <source>ALSFRS-R %1 of 12 items</source>
        <translation>ALSFRS-R: 12-დან %1 პუნქტი</translation>
    </message>
    <message>
        <source>MRC sum %1</source>
        <translation>MRC ჯამი %1</translation>
    </message>
    <message>
        <source>examiner %1; %2; signed by %3 at %4</source>
        <translation>გამომკვლევი %1; %2; ხელი მოაწერა %3, %4</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(ვერსია %1)</translation>
    </message>
    <message>
        <source>resolving a conflict needs a reason (it is kept in the audit trail)</source>
        <translation>კონფლიქტის გადასაწყვეტად საჭიროა მიზეზი (ინახება აუდიტის ჟურნალში)</translation>
    </message>
    <message>
        <source>there is no %1 conflict %2 (resolved already, or mistyped); `bedside conflicts` lists them</source>
        <translation>კონფლიქტი %1 %2 არ არსებობს (უკვე გადაწყვეტილია ან არასწორადაა აკრეფილი); ჩამონათვალს აჩვენებს `bedside conflicts`</translation>
    </message>
    <message>
        <source>choice %1: there are %2 to choose from (1-%2)</source>
        <translation>არჩევანი %1: ასარჩევია %2 ვარიანტი (1-%2)</translation>
    </message>
    <message>
        <source>%1: %2 patient records merged into one</source>
        <translation>%1: პაციენტის %2 ჩანაწერი გაერთიანდა ერთში</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>გაერთიანებული</translation>
    </message>
    <message>
        <source>choice %1</source>
        <translation>არჩევანი %1</translation>
    </message>
    <message>
        <source>%1: details kept (%2)</source>
        <translation>%1: მონაცემები შენარჩუნდა (%2)</translation>
    </message>
    <message>
        <source>%1: the visit of %2 signed by %3 was entered in error</source>
        <translation>%1: %2-ის ვიზიტი, რომელსაც ხელი მოაწერა %3, აღინიშნა შეცდომით შეყვანილად</translation>
    </message>
    <message>
        <source>%1: event %2 kept as version %3</source>
        <translation>%1: მოვლენა %2 დარჩა ვერსიით %3</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>გვარი</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>დაბადების თარიღი</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>სქესი</translation>
    </message>
    <message>
        <source>date of onset</source>
        <translation>დაავადების დაწყების თარიღი</translation>
    </message>
    <message>
        <source>region of onset</source>
        <translation>დაწყების არე</translation>
    </message>
    <message>
        <source>date of diagnosis</source>
        <translation>დიაგნოზის თარიღი</translation>
    </message>
    <message>
        <source>weight before the illness (kg)</source>
        <translation>წონა დაავადებამდე (კგ)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(არ არის ჩაწერილი)</translation>
    </message>
    <message>
        <source>%1 is not a detail of a patient (the details: %2)</source>
        <translation>%1 არ არის პაციენტის მონაცემი (მონაცემები: %2)</translation>
    </message>
    <message>
        <source>a %1 conflict is resolved by a choice, not by combining details</source>
        <translation>%1 კონფლიქტი წყდება ვარიანტის არჩევით და არა მონაცემების გაერთიანებით</translation>
    </message>
    <message>
        <source>sent %1, received %2, conflicts %3</source>
        <translation>გაიგზავნა %1, მიღებულია %2, კონფლიქტები: %3</translation>
    </message>
    <message>
        <source>, integrity problems %1</source>
        <translation>, მთლიანობის პრობლემები: %1</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>ახალი პაციენტი</translation>
    </message>
    <message>
        <source>Edit patient %1</source>
        <translation>პაციენტის რედაქტირება: %1</translation>
    </message>
    <message>
        <source>What the patient weighed before the illness began, in kg: weight changes are given against it</source>
        <translation>პაციენტის წონა დაავადების დაწყებამდე, kg-ში: წონის ცვლილება მასთან შედარებით გამოითვლება</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>&amp;იდენტიფიკატორი</translation>
    </message>
    <message>
        <source>The clinic&apos;s identifier of the patient (required)</source>
        <translation>პაციენტის იდენტიფიკატორი კლინიკაში (სავალდებულო)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;გვარი</translation>
    </message>
    <message>
        <source>As in the patient&apos;s documents</source>
        <translation>როგორც პაციენტის დოკუმენტებშია</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;სახელი</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;დაბადების თარიღი</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>ს&amp;ქესი</translation>
    </message>
    <message>
        <source>Female, male, other or unknown</source>
        <translation>მდედრობითი, მამრობითი, სხვა ან უცნობი</translation>
    </message>
    <message>
        <source>&amp;Onset of symptoms</source>
        <translation>სიმპტომების დ&amp;აწყება</translation>
    </message>
    <message>
        <source>Onset &amp;region</source>
        <translation>დაწყების &amp;რეგიონი</translation>
    </message>
    <message>
        <source>Where the first symptoms were: bulbar, upper or lower limb, respiratory, generalized</source>
        <translation>სად გაჩნდა პირველი სიმპტომები: ბულბური, ზედა ან ქვედა კიდური, რესპირაციული, გენერალიზებული</translation>
    </message>
    <message>
        <source>&amp;Diagnosis date</source>
        <translation>დიაგნოზის &amp;თარიღი</translation>
    </message>
    <message>
        <source>&amp;Weight before the illness (kg)</source>
        <translation>&amp;წონა დაავადებამდე (kg)</translation>
    </message>
    <message>
        <source>The identifier cannot be changed</source>
        <translation>იდენტიფიკატორის შეცვლა შეუძლებელია</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <source>Age</source>
        <translation>ასაკი</translation>
    </message>
    <message>
        <source>Disease duration</source>
        <translation>დაავადების ხანგრძლივობა</translation>
    </message>
    <message>
        <source>Time since symptom onset</source>
        <translation>დრო სიმპტომების დაწყებიდან</translation>
    </message>
    <message>
        <source>Latest ALSFRS-R</source>
        <translation>ბოლო ALSFRS-R</translation>
    </message>
    <message>
        <source>Total of the newest complete ALSFRS-R (0-%1, %1 = normal)</source>
        <translation>ბოლო სრული ALSFRS-R-ის ჯამი (0-%1, %1 = ნორმა)</translation>
    </message>
    <message>
        <source>ΔFS</source>
        <translation>ΔFS</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>დახრა</translation>
    </message>
    <message>
        <source>King&apos;s stage</source>
        <translation>King&apos;s სტადია</translation>
    </message>
    <message>
        <source>MiToS stage</source>
        <translation>MiToS სტადია</translation>
    </message>
    <message>
        <source>onset region unknown</source>
        <translation>დაწყების რეგიონი უცნობია</translation>
    </message>
    <message>
        <source>%1 onset</source>
        <translation>დაწყება: %1</translation>
    </message>
    <message>
        <source>diagnosed %1</source>
        <translation>დიაგნოზი %1</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>გარდაიცვალა %1</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 წ.</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>დაბადების თარიღი უცნობია</translation>
    </message>
    <message>
        <source>onset unknown</source>
        <translation>დაწყება უცნობია</translation>
    </message>
    <message>
        <source>no complete visit</source>
        <translation>სრული ვიზიტი არ არის</translation>
    </message>
    <message>
        <source>%1 lost/month</source>
        <translation>%1 დაკარგული/თვეში</translation>
    </message>
    <message>
        <source>needs onset date</source>
        <translation>საჭიროა დაწყების თარიღი</translation>
    </message>
    <message>
        <source>%1 /month</source>
        <translation>%1 /თვეში</translation>
    </message>
    <message>
        <source>needs 2 complete visits a month apart</source>
        <translation>საჭიროა 2 სრული ვიზიტი ერთი თვის შუალედით</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>არ გამოითვლება</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>იდენტიფიკატორი</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>ბოლო
ვიზიტი</translation>
    </message>
    <message>
        <source>none</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>უცნობი</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>დაბადებულია %1</translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>Search name or identifier (Ctrl+F)</source>
        <translation>ძიება სახელით ან იდენტიფიკატორით (Ctrl+F)</translation>
    </message>
    <message>
        <source>Narrows the list as you type: any part of a name or identifier, in any order; Down goes into the list</source>
        <translation>აკრეფისას ავიწროებს სიას: სახელის ან იდენტიფიკატორის ნებისმიერი ნაწილი, ნებისმიერი თანმიმდევრობით; ქვემოთ ისარი — სიაში</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>პაციენტების ძიება</translation>
    </message>
    <message>
        <source>One row per patient: name, identifier and the date of the last visit; Enter opens the patient</source>
        <translation>თითო სტრიქონი პაციენტზე: სახელი, იდენტიფიკატორი და ბოლო ვიზიტის თარიღი; Enter ხსნის პაციენტს</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>პაციენტები</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>ახალი პაციენტი…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+Shift+N)</source>
        <translation>პაციენტის დამატება (Ctrl+Shift+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n პაციენტი</numerusform>
            <numerusform>%n პაციენტი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 / %n პაციენტი</numerusform>
            <numerusform>%1 / %n პაციენტი</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <source>New &amp;visit</source>
        <translation>ახალი &amp;ვიზიტი</translation>
    </message>
    <message>
        <source>Start a visit: ALSFRS-R and MRC (Ctrl+N)</source>
        <translation>ვიზიტის დაწყება: ALSFRS-R და MRC (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit &amp;patient…</source>
        <translation>&amp;პაციენტის რედაქტირება…</translation>
    </message>
    <message>
        <source>Change this patient&apos;s details (Ctrl+E)</source>
        <translation>ამ პაციენტის მონაცემების შეცვლა (Ctrl+E)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>მოვლენები</translation>
    </message>
    <message>
        <source>The visits, newest first</source>
        <translation>ვიზიტები, ახლები ზემოთ</translation>
    </message>
    <message>
        <source>Interventions and milestones</source>
        <translation>ჩარევები და ეტაპები</translation>
    </message>
    <message>
        <source>The patient&apos;s visits, or their events</source>
        <translation>პაციენტის ვიზიტები ან მისი მოვლენები</translation>
    </message>
    <message>
        <source>Visits and events</source>
        <translation>ვიზიტები და მოვლენები</translation>
    </message>
    <message>
        <source>Loading the trend…</source>
        <translation>დინამიკა იტვირთება…</translation>
    </message>
    <message>
        <source>Loading the MRC grades…</source>
        <translation>MRC ქულები იტვირთება…</translation>
    </message>
    <message>
        <source>Loading breathing and weight…</source>
        <translation>სუნთქვა და წონა იტვირთება…</translation>
    </message>
    <message>
        <source>ALSFRS-R trend</source>
        <translation>ALSFRS-R დინამიკა</translation>
    </message>
    <message>
        <source>MRC grades</source>
        <translation>MRC ქულები</translation>
    </message>
    <message>
        <source>Breathing, weight</source>
        <translation>სუნთქვა, წონა</translation>
    </message>
    <message>
        <source>The ALSFRS-R trend plot, the MRC grades, or breathing and weight</source>
        <translation>ALSFRS-R-ის დინამიკის გრაფიკი, MRC შეფასებები, ან სუნთქვა და წონა</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>გრაფიკები</translation>
    </message>
    <message>
        <source>The ALSFRS-R total and subscores over time</source>
        <translation>ALSFRS-R-ის ჯამი და ქვეჯამები დროში</translation>
    </message>
    <message>
        <source>The MRC grades of each muscle over time</source>
        <translation>თითოეული კუნთის MRC ქულები დროში</translation>
    </message>
    <message>
        <source>Vital capacity (% of predicted) and weight over time</source>
        <translation>სასიცოცხლო ტევადობა (მოსალოდნელის %) და წონა დროში</translation>
    </message>
    <message>
        <source>Unsigned visit</source>
        <translation>ხელმოუწერელი ვიზიტი</translation>
    </message>
    <message>
        <source>A visit of %1 is saved as a draft and not signed yet. Resume it?</source>
        <translation>%1-ის ვიზიტი შენახულია მონახაზად და ჯერ ხელმოწერილი არ არის. გაგრძელდეს?</translation>
    </message>
    <message>
        <source>Visit entry</source>
        <translation>ვიზიტის შეყვანა</translation>
    </message>
    <message>
        <source>The visit entry screens are not part of this build, so visits can be viewed here but not entered.</source>
        <translation>ვიზიტის შეყვანის ეკრანები ამ ვერსიაში არ შედის: ვიზიტების ნახვა შეიძლება, შეყვანა — არა.</translation>
    </message>
    <message>
        <source>Visit of %1 signed by %2.</source>
        <translation>%1-ის ვიზიტს ხელი მოაწერა: %2.</translation>
    </message>
    <message>
        <source>Visit closed; the unsigned draft stays saved in the visit history.</source>
        <translation>ვიზიტი დაიხურა; ხელმოუწერელი მონახაზი შენახულია ვიზიტების ისტორიაში.</translation>
    </message>
    <message>
        <source>Visit closed.</source>
        <translation>ვიზიტი დაიხურა.</translation>
    </message>
</context>
<context>
    <name>REPORT</name>
    <message>
        <source>scale changed (was %1)</source>
        <translation>შკალა შეიცვალა (იყო %1)</translation>
    </message>
    <message>
        <source>not assessed before</source>
        <translation>ადრე არ შეფასებულა</translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation>არ შეფასდა: %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>არ შეფასდა</translation>
    </message>
    <message>
        <source>%1 subscore</source>
        <translation>%1: ქვეჯამი</translation>
    </message>
    <message>
        <source>(%1/month)</source>
        <translation>(%1/თვეში)</translation>
    </message>
    <message>
        <source>ALSFRS-R total</source>
        <translation>ALSFRS-R ჯამი</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>შეუდარებელია</translation>
    </message>
    <message numerus="yes">
        <source>Not computed: item(s) %1 not assessed</source>
        <translation>
            <numerusform>არ გამოითვლება: პუნქტი %1 არ შეფასდა</numerusform>
            <numerusform>არ გამოითვლება: პუნქტები %1 არ შეფასდა</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken %1, answered by %2.</source>
        <translation>ჩატარდა %1, უპასუხა: %2.</translation>
    </message>
    <message>
        <source>Item %1 was scored on scale %2: %3.</source>
        <translation>პუნქტი %1 შეფასდა შკალით %2: %3.</translation>
    </message>
    <message>
        <source>Item %1 was not assessed (neither scale was used).</source>
        <translation>პუნქტი %1 არ შეფასდა (არცერთი შკალა არ გამოყენებულა).</translation>
    </message>
    <message>
        <source>not computed (needs the total and an onset date)</source>
        <translation>არ გამოითვლება (საჭიროა ჯამი და დაწყების თარიღი)</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>სტადია %1</translation>
    </message>
    <message>
        <source>not computed (an item it reads was not assessed)</source>
        <translation>არ გამოითვლება (საჭირო პუნქტი არ შეფასებულა)</translation>
    </message>
    <message>
        <source>(on %1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>not computed (needs two complete visits at least a month apart)</source>
        <translation>არ გამოითვლება (საჭიროა ორი სრული ვიზიტი, სულ მცირე ერთი თვის შუალედით)</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>დახრა</translation>
    </message>
    <message>
        <source>King&apos;s</source>
        <translation>King&apos;s</translation>
    </message>
    <message>
        <source>MiToS</source>
        <translation>MiToS</translation>
    </message>
    <message>
        <source>Wording: the English original (%1).</source>
        <translation>ფორმულირება: ინგლისური ორიგინალი (%1).</translation>
    </message>
    <message>
        <source>Wording: %1, version %2 (%3, %4); source: %5; licence holder: %6.</source>
        <translation>ფორმულირება: %1, ვერსია %2 (%3, %4); წყარო: %5; ლიცენზიის მფლობელი: %6.</translation>
    </message>
    <message>
        <source>The ALSFRS-R was not recorded at this visit.</source>
        <translation>ამ ვიზიტზე ALSFRS-R არ ჩაწერილა.</translation>
    </message>
    <message>
        <source>The latest rating, on %1: total %2 (shown in the figures above as from that date).</source>
        <translation>ბოლო შეფასება, %1: ჯამი %2 (ზემოთ მოცემულ მაჩვენებლებში ნაჩვენებია ამ თარიღით).</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>არასრული</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>ცვლილება %1-დან</translation>
    </message>
    <message>
        <source>Change (no earlier ALSFRS-R)</source>
        <translation>ცვლილება (უფრო ადრეული ALSFRS-R არ არის)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>პუნქტი</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ქულა</translation>
    </message>
    <message>
        <source>Answer (anchor wording)</source>
        <translation>პასუხი (შკალის ფორმულირება)</translation>
    </message>
    <message>
        <source>Generated %1 · Bedside %2</source>
        <translation>შექმნილია %1 · Bedside %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>გვერდი %1 / %2</translation>
    </message>
    <message>
        <source>not graded before</source>
        <translation>ადრე არ შეფასებულა</translation>
    </message>
    <message>
        <source>not tested before</source>
        <translation>ადრე არ შემოწმებულა</translation>
    </message>
    <message>
        <source>same</source>
        <translation>იგივე</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>იყო %1</translation>
    </message>
    <message>
        <source>(%1 not tested)</source>
        <translation>(არ შემოწმდა: %1)</translation>
    </message>
    <message>
        <source>no muscle graded at both</source>
        <translation>ორივე ვიზიტზე შეფასებული კუნთი არ არის</translation>
    </message>
    <message>
        <source>(over the %1 graded at both)</source>
        <translation>(ორივე ვიზიტზე შეფასებული %1 კუნთით)</translation>
    </message>
    <message>
        <source>MRC muscle grades</source>
        <translation>კუნთების MRC ქულები</translation>
    </message>
    <message>
        <source>No muscle was graded at this visit.</source>
        <translation>ამ ვიზიტზე კუნთები არ შეფასებულა.</translation>
    </message>
    <message>
        <source>The latest grading, on %1: MRC sum %2 (shown in the figures above as from that date).</source>
        <translation>ბოლო შეფასება, %1: MRC ჯამი %2 (ზემოთ მოცემულ მაჩვენებლებში ნაჩვენებია ამ თარიღით).</translation>
    </message>
    <message>
        <source>Change (no earlier grading)</source>
        <translation>ცვლილება (უფრო ადრეული შეფასება არ არის)</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>კუნთი</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>ქულა</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>მარცხენა</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>მარჯვენა</translation>
    </message>
    <message>
        <source>Sum by side</source>
        <translation>ჯამი მხარეების მიხედვით</translation>
    </message>
    <message>
        <source>Sum without side</source>
        <translation>ჯამი მხარის გარეშე</translation>
    </message>
    <message>
        <source>MRC sum, all graded</source>
        <translation>MRC ჯამი, ყველა შეფასებული</translation>
    </message>
    <message>
        <source>MRC sum</source>
        <translation>MRC ჯამი</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>არ ჩაწერილა</translation>
    </message>
    <message>
        <source>Protocol: %1. Grades 0-%2 with modifiers as entered; %3 = not tested, excluded from sums. Sums count whole grades (4- counts 4) as score / maximum of the muscles tested.</source>
        <translation>პროტოკოლი: %1. ქულები 0-%2 მოდიფიკატორებით, როგორც შეიყვანეს; %3 = არ შემოწმდა, ჯამებში არ შედის. ჯამები ითვლის მთელ ქულებს (4- ითვლება როგორც 4) სახით: ქულა / შემოწმებული კუნთების მაქსიმუმი.</translation>
    </message>
    <message>
        <source>%1 points lost/month</source>
        <translation>%1 ქულა დაკარგული/თვეში</translation>
    </message>
    <message>
        <source>%1 points/month (unchanged)</source>
        <translation>%1 ქულა/თვეში (უცვლელი)</translation>
    </message>
    <message>
        <source>%1 points/month (rising)</source>
        <translation>%1 ქულა/თვეში (მატება)</translation>
    </message>
    <message>
        <source>%1 points/month (falling)</source>
        <translation>%1 ქულა/თვეში (კლება)</translation>
    </message>
    <message>
        <source>unknown (no onset date)</source>
        <translation>უცნობია (დაწყების თარიღი არ არის)</translation>
    </message>
    <message>
        <source>before onset</source>
        <translation>დაწყებამდე</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n წელი</numerusform>
            <numerusform>%n წელი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n თვე</numerusform>
            <numerusform>%n თვე</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ALSFRS-R total (%n visit(s))</source>
        <translation>
            <numerusform>ALSFRS-R ჯამი (%n ვიზიტი)</numerusform>
            <numerusform>ALSFRS-R ჯამი (%n ვიზიტი)</numerusform>
        </translation>
    </message>
    <message>
        <source>expected at first-visit ΔFS %1/month</source>
        <translation>მოსალოდნელი პირველი ვიზიტის ΔFS-ით %1/თვეში</translation>
    </message>
    <message>
        <source>event</source>
        <translation>მოვლენა</translation>
    </message>
    <message>
        <source>this visit, %1: %2</source>
        <translation>ეს ვიზიტი, %1: %2</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>ჯამი %1</translation>
    </message>
    <message>
        <source>no complete ALSFRS-R</source>
        <translation>სრული ALSFRS-R არ არის</translation>
    </message>
    <message>
        <source>ALSFRS-R total over time, up to this visit</source>
        <translation>ALSFRS-R ჯამი დროში, ამ ვიზიტამდე</translation>
    </message>
    <message>
        <source>No visit up to this one has a complete ALSFRS-R: there is no total to plot yet.</source>
        <translation>ამ ვიზიტამდე არცერთ ვიზიტს არ აქვს სრული ALSFRS-R: გრაფიკზე გამოსახატავი ჯამი ჯერ არ არის.</translation>
    </message>
    <message>
        <source>Only one visit with a complete ALSFRS-R so far: no trend line yet.</source>
        <translation>ჯერჯერობით მხოლოდ ერთი ვიზიტია სრული ALSFRS-R-ით: დინამიკის ხაზი ჯერ არ არის.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>მოვლენები:</translation>
    </message>
    <message>
        <source>ALS visit summary</source>
        <translation>ალს ვიზიტის შეჯამება</translation>
    </message>
    <message>
        <source>ALSFRS-R, MRC muscle grading, breathing and weight at one visit</source>
        <translation>ALSFRS-R, კუნთების MRC შეფასება, სუნთქვა და წონა ერთ ვიზიტზე</translation>
    </message>
    <message>
        <source>visit summary</source>
        <translation>ვიზიტის შეჯამება</translation>
    </message>
    <message>
        <source>%1 · born %2 · visit %3 · %4 (continued)</source>
        <translation>%1 · დაბადებულია %2 · ვიზიტი %3 · %4 (გაგრძელება)</translation>
    </message>
    <message>
        <source>(age %1 at the visit)</source>
        <translation>(ასაკი ვიზიტზე: %1)</translation>
    </message>
    <message>
        <source>%1 onset</source>
        <translation>დაწყება: %1</translation>
    </message>
    <message>
        <source>signed, version %1</source>
        <translation>ხელმოწერილია, ვერსია %1</translation>
    </message>
    <message>
        <source>DRAFT, not signed</source>
        <translation>მონახაზი, ხელმოუწერელი</translation>
    </message>
    <message>
        <source>superseded by an amendment (version %1)</source>
        <translation>ჩანაცვლებულია შესწორებით (ვერსია %1)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>პაციენტი</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>იდენტიფიკატორი</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>დაბადებულია</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>სქესი</translation>
    </message>
    <message>
        <source>Symptom onset</source>
        <translation>სიმპტომების დაწყება</translation>
    </message>
    <message>
        <source>Disease duration</source>
        <translation>დაავადების ხანგრძლივობა</translation>
    </message>
    <message>
        <source>%1 at the visit</source>
        <translation>%1 ვიზიტის დროს</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>დიაგნოზი</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>ვიზიტის თარიღი</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>გამომკვლევი</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ჩანაწერი</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>არ შეფასებულა</translation>
    </message>
    <message>
        <source>King&apos;s stage</source>
        <translation>King&apos;s სტადია</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>რეგიონი არ არის</translation>
    </message>
    <message>
        <source>MiToS stage</source>
        <translation>MiToS სტადია</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>შენიშვნები</translation>
    </message>
    <message>
        <source>No notes were recorded.</source>
        <translation>შენიშვნები არ ჩაწერილა.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ხელმოწერა</translation>
    </message>
    <message>
        <source>NOT SIGNED: this is a draft. Its scores may still change; sign the visit before filing this summary.</source>
        <translation>ხელმოუწერელია: ეს მონახაზია. ქულები შეიძლება ჯერ კიდევ შეიცვალოს; ამ შეჯამების არქივში შეტანამდე მოაწერეთ ვიზიტს ხელი.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>ხელი მოაწერა</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>თარიღი და დრო</translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation>ხელმოწერის მნიშვნელობა</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>შესწორება</translation>
    </message>
    <message>
        <source>version %1; reason: %2</source>
        <translation>ვერსია %1; მიზეზი: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>superseded: a later amended version of this visit exists</source>
        <translation>ჩანაცვლებულია: ამ ვიზიტის უფრო გვიანდელი შესწორებული ვერსია არსებობს</translation>
    </message>
    <message>
        <source>%1% of predicted · z %2</source>
        <translation>მოსალოდნელის %1% · z %2</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>BMI %1</translation>
    </message>
    <message>
        <source>%1% from before the illness</source>
        <translation>%1% დაავადებამდელთან შედარებით</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 პროცენტული პუნქტი</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>არ გაზომილა</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none before</source>
        <translation>მანამდე არ ყოფილა</translation>
    </message>
    <message>
        <source>Under way on the visit&apos;s date: %1.</source>
        <translation>ვიზიტის თარიღისთვის მიმდინარე: %1.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>არცერთი არ არის ჩაწერილი</translation>
    </message>
    <message>
        <source>Stopped before it: %1.</source>
        <translation>მანამდე შეწყვეტილი: %1.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 %2-დან %3-მდე</translation>
    </message>
    <message>
        <source>% of predicted and z-score: %1 (%2); the SVC against its FVC equation (no SVC equation is published).</source>
        <translation>მოსალოდნელის % და z-ქულა: %1 (%2); SVC შეფასებულია FVC-ის განტოლებით (SVC-ის განტოლება გამოქვეყნებული არ არის).</translation>
    </message>
    <message>
        <source>%1: no reference values (%2).</source>
        <translation>%1: რეფერენსული მნიშვნელობები არ არის (%2).</translation>
    </message>
    <message>
        <source>Height used: %1 cm, the latest measured up to the visit.</source>
        <translation>გამოყენებული სიმაღლე: %1 cm, ვიზიტამდე ბოლოს გაზომილი.</translation>
    </message>
    <message>
        <source>Breathing, weight and interventions</source>
        <translation>სუნთქვა, წონა და ჩარევები</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>გაზომვა</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>ეს ვიზიტი</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>წინა</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ცვლილება</translation>
    </message>
    <message>
        <source>No breathing or weight measurement is recorded up to this visit.</source>
        <translation>ამ ვიზიტამდე სუნთქვის ან წონის გაზომვა არ არის ჩაწერილი.</translation>
    </message>
</context>
<context>
    <name>RULES</name>
    <message>
        <source>must be one of %1</source>
        <translation>უნდა იყოს ერთ-ერთი: %1</translation>
    </message>
    <message>
        <source>patient identifier is required</source>
        <translation>პაციენტის იდენტიფიკატორი აუცილებელია</translation>
    </message>
    <message>
        <source>date is in the future</source>
        <translation>თარიღი მომავალშია</translation>
    </message>
    <message>
        <source>onset is before birth</source>
        <translation>დაწყება დაბადებამდეა</translation>
    </message>
    <message>
        <source>diagnosis is before birth</source>
        <translation>დიაგნოზი დაბადებამდეა</translation>
    </message>
    <message>
        <source>diagnosis is before onset</source>
        <translation>დიაგნოზი დაწყებამდეა</translation>
    </message>
    <message>
        <source>a position is given with the vital capacity measured in it (fvc_l or svc_l)</source>
        <translation>პოზიცია მიეთითება მასში გაზომილ სასიცოცხლო ტევადობასთან ერთად (fvc_l ან svc_l)</translation>
    </message>
    <message>
        <source>visit date is in the future</source>
        <translation>ვიზიტის თარიღი მომავალშია</translation>
    </message>
    <message>
        <source>visit is before birth (%1)</source>
        <translation>ვიზიტი დაბადებამდეა (%1)</translation>
    </message>
    <message>
        <source>visit is before onset (%1)</source>
        <translation>ვიზიტი დაავადების დაწყებამდეა (%1)</translation>
    </message>
    <message>
        <source>visit is after the recorded death (%1)</source>
        <translation>ვიზიტი ჩაწერილი გარდაცვალების შემდეგაა (%1)</translation>
    </message>
    <message>
        <source>not an ALSFRS-R item</source>
        <translation>ეს არ არის ALSFRS-R-ის პუნქტი</translation>
    </message>
    <message>
        <source>score must be a whole number 0-4</source>
        <translation>ქულა უნდა იყოს მთელი რიცხვი 0-4</translation>
    </message>
    <message>
        <source>score must be %1-%2</source>
        <translation>ქულა უნდა იყოს %1-%2</translation>
    </message>
    <message>
        <source>only one of %1 and %2 may be filled</source>
        <translation>შეიძლება შეივსოს მხოლოდ ერთი: %1 ან %2</translation>
    </message>
    <message>
        <source>unknown muscle protocol</source>
        <translation>უცნობი კუნთების პროტოკოლი</translation>
    </message>
    <message>
        <source>not a muscle of protocol %1</source>
        <translation>არ არის პროტოკოლის %1 კუნთი</translation>
    </message>
    <message>
        <source>not a muscle of any protocol</source>
        <translation>არ არის არცერთი პროტოკოლის კუნთი</translation>
    </message>
    <message>
        <source>grade must be 0-5, 3-, 3+, 4-, 4+, 5- or NT</source>
        <translation>ქულა უნდა იყოს 0-5, 3-, 3+, 4-, 4+, 5- ან NT</translation>
    </message>
    <message>
        <source>event date is in the future</source>
        <translation>მოვლენის თარიღი მომავალშია</translation>
    </message>
    <message>
        <source>event is before birth (%1)</source>
        <translation>მოვლენა დაბადებამდეა (%1)</translation>
    </message>
    <message>
        <source>hours a day are given with the start of non-invasive ventilation (niv_start) only</source>
        <translation>საათები დღეში მიეთითება მხოლოდ არაინვაზიური ვენტილაციის დაწყებისას (niv_start)</translation>
    </message>
    <message>
        <source>NIV use must be more than 0 and at most %1 hours a day</source>
        <translation>NIV-ის გამოყენება უნდა იყოს 0-ზე მეტი და არაუმეტეს %1 საათი დღეში</translation>
    </message>
    <message>
        <source>patient %1 already has a recorded death (%2)</source>
        <translation>პაციენტს %1 უკვე აქვს ჩაწერილი გარდაცვალება (%2)</translation>
    </message>
    <message>
        <source>a death cannot be recorded before the patient&apos;s visit of %1</source>
        <translation>გარდაცვალება ვერ ჩაიწერება პაციენტის %1-ის ვიზიტამდე</translation>
    </message>
    <message>
        <source>%1 %2: must be a number, %3</source>
        <translation>%1 %2: უნდა იყოს რიცხვი, %3</translation>
    </message>
    <message>
        <source>%1 %2: must be %3</source>
        <translation>%1 %2: უნდა იყოს %3</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Other reason: type it, then Enter</source>
        <translation>სხვა მიზეზი: აკრიფეთ და დააჭირეთ Enter-ს</translation>
    </message>
    <message>
        <source>A reason in your own words; Enter records it</source>
        <translation>მიზეზი საკუთარი სიტყვებით; Enter წერს მას</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>სხვა მიზეზი</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>Close without a reason; nothing is recorded (Esc)</source>
        <translation>დახურვა მიზეზის გარეშე; არაფერი იწერება (Esc)</translation>
    </message>
    <message>
        <source>Key %1 picks this reason</source>
        <translation>კლავიში %1 ირჩევს ამ მიზეზს</translation>
    </message>
    <message>
        <source>Type the reason, then press Enter.</source>
        <translation>აკრიფეთ მიზეზი და დააჭირეთ Enter-ს.</translation>
    </message>
    <message>
        <source>A reason is needed: type a few words or pick one.</source>
        <translation>მიზეზი აუცილებელია: აკრიფეთ რამდენიმე სიტყვა ან აირჩიეთ სიიდან.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Bedside: the database cannot be opened</source>
        <translation>Bedside: მონაცემთა ბაზის გახსნა შეუძლებელია</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>მონაცემთა ბაზის გახსნა შეუძლებელია</translation>
    </message>
    <message>
        <source>Nothing was changed: the file was left exactly as it is.</source>
        <translation>არაფერი შეცვლილა: ფაილი დარჩა ზუსტად ისე, როგორც იყო.</translation>
    </message>
    <message>
        <source>Use this backup instead</source>
        <translation>ამ სარეზერვო ასლის გამოყენება</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>ამ სარეზერვო ასლის აღდგენა</translation>
    </message>
    <message>
        <source>Put a checked copy of the newest good backup in place of the database</source>
        <translation>მონაცემთა ბაზის ჩანაცვლება ბოლო გამართული სარეზერვო ასლის შემოწმებული ასლით</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>სხვა სარეზერვო ასლის არჩევა…</translation>
    </message>
    <message>
        <source>Choose a backup file to restore</source>
        <translation>აღსადგენი სარეზერვო ფაილის არჩევა</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>გასვლა</translation>
    </message>
    <message>
        <source>Leave the database as it is and quit</source>
        <translation>მონაცემთა ბაზის დატოვება როგორც არის და გასვლა</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Keep the file as it is and ask your IT support to recover it, or choose a backup you keep elsewhere.</source>
        <translation>%1-ში გამართული სარეზერვო ასლი ვერ მოიძებნა. დატოვეთ ფაილი როგორც არის და სთხოვეთ IT მხარდაჭერას მისი აღდგენა, ან აირჩიეთ სხვაგან შენახული სარეზერვო ასლი.</translation>
    </message>
    <message>
        <source>It holds %1 and %2.</source>
        <translation>მასშია %1 და %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n პაციენტი</numerusform>
            <numerusform>%n პაციენტი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed visit(s)</source>
        <translation>
            <numerusform>%n ხელმოწერილი ვიზიტი</numerusform>
            <numerusform>%n ხელმოწერილი ვიზიტი</numerusform>
        </translation>
    </message>
    <message>
        <source>Using it loses what the newer version recorded since then; the newer database is kept in the backups folder.</source>
        <translation>მისი გამოყენებით დაიკარგება ის, რაც უფრო ახალმა ვერსიამ მას შემდეგ ჩაწერა; უფრო ახალი მონაცემთა ბაზა ინახება სარეზერვო ასლების საქაღალდეში.</translation>
    </message>
    <message>
        <source>Restoring puts a checked copy of it in place of the database; the damaged file is kept, unchanged, in the backups folder. Anything entered after the backup was taken is not in it.</source>
        <translation>აღდგენისას მისი შემოწმებული ასლი ჩაანაცვლებს მონაცემთა ბაზას; დაზიანებული ფაილი უცვლელად ინახება სარეზერვო ასლების საქაღალდეში. სარეზერვო ასლის შექმნის შემდეგ შეყვანილი არაფერი მასში არ არის.</translation>
    </message>
    <message>
        <source>The newest good backup was taken on %1 UTC.</source>
        <translation>ბოლო გამართული სარეზერვო ასლი შეიქმნა %1 UTC.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>აირჩიეთ აღსადგენი სარეზერვო ასლი</translation>
    </message>
    <message>
        <source>Bedside databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bedside-ის მონაცემთა ბაზები (*.sqlite3 *.db);;ყველა ფაილი (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>MRC grid (M)</source>
        <translation>MRC ცხრილი (M)</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>შენიშვნები (არასავალდებულო)</translation>
    </message>
    <message>
        <source>Reason for the amendment (required)</source>
        <translation>შესწორების მიზეზი (სავალდებულო)</translation>
    </message>
    <message>
        <source>Start amendment</source>
        <translation>შესწორების დაწყება</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← უკან</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>მონახაზის გაუქმება…</translation>
    </message>
    <message>
        <source>Sign and save (Enter)</source>
        <translation>ხელმოწერა და შენახვა (Enter)</translation>
    </message>
    <message>
        <source>not assessed (%1)</source>
        <translation>არ შეფასდა (%1)</translation>
    </message>
    <message>
        <source>Type an item&apos;s number or click it to change it (1 then Enter for item 1) · M: MRC grid · B: breathing, weight · Enter or Ctrl+S: sign and save</source>
        <translation>შესაცვლელად აკრიფეთ პუნქტის ნომერი ან დააწკაპუნეთ მასზე (1, შემდეგ Enter — პუნქტი 1) · M: MRC ცხრილი · B: სუნთქვა, წონა · Enter ან Ctrl+S: ხელმოწერა და შენახვა</translation>
    </message>
    <message>
        <source>M: MRC grid · B: breathing, weight · Enter or Ctrl+S: sign and save</source>
        <translation>M: MRC ცხრილი · B: სუნთქვა, წონა · Enter ან Ctrl+S: ხელმოწერა და შენახვა</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>ვერსია %1</translation>
    </message>
    <message>
        <source>MRC: nothing graded (%1)</source>
        <translation>MRC: არაფერი შეფასებულა (%1)</translation>
    </message>
    <message>
        <source>%1 not tested</source>
        <translation>არ შემოწმდა: %1</translation>
    </message>
    <message>
        <source>— no answer</source>
        <translation>— პასუხი არ არის</translation>
    </message>
    <message>
        <source>The versions of this visit; an earlier one opens to be read</source>
        <translation>ამ ვიზიტის ვერსიები; ადრეული იხსნება წასაკითხად</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ვერსია</translation>
    </message>
    <message>
        <source>Every item with its answer; choose one, or type its number, to change it</source>
        <translation>ყველა პუნქტი პასუხით; შესაცვლელად აირჩიეთ ან აკრიფეთ მისი ნომერი</translation>
    </message>
    <message>
        <source>ALSFRS-R answers</source>
        <translation>ALSFRS-R-ის პასუხები</translation>
    </message>
    <message>
        <source>Change the MRC grades (M)</source>
        <translation>MRC ქულების შეცვლა (M)</translation>
    </message>
    <message>
        <source>Edit (B)</source>
        <translation>შეცვლა (B)</translation>
    </message>
    <message>
        <source>Breathing, weight and how the ALSFRS-R was taken (B)</source>
        <translation>სუნთქვა, წონა და როგორ ჩატარდა ALSFRS-R (B)</translation>
    </message>
    <message>
        <source>Notes of this visit; printed on the summary</source>
        <translation>ამ ვიზიტის შენიშვნები; იბეჭდება შეჯამებაში</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>შენიშვნები</translation>
    </message>
    <message>
        <source>Why the signed visit is changed, or why the draft is discarded; recorded with it</source>
        <translation>რატომ იცვლება ხელმოწერილი ვიზიტი ან რატომ უქმდება მონახაზი; მასთან ერთად იწერება</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>Go on with the reason typed (Enter)</source>
        <translation>გაგრძელება აკრეფილი მიზეზით (Enter)</translation>
    </message>
    <message>
        <source>Back to the MRC grid or the last item (Backspace)</source>
        <translation>დაბრუნება MRC ცხრილზე ან ბოლო პუნქტზე (Backspace)</translation>
    </message>
    <message>
        <source>Close, draft kept (Ctrl+W)</source>
        <translation>დახურვა, მონახაზი ინახება (Ctrl+W)</translation>
    </message>
    <message>
        <source>Close the visit; a draft stays saved (Esc on a signed visit)</source>
        <translation>ვიზიტის დახურვა; მონახაზი შენახული რჩება (Esc ხელმოწერილ ვიზიტზე)</translation>
    </message>
    <message>
        <source>Amend… (A)</source>
        <translation>შესწორება… (A)</translation>
    </message>
    <message>
        <source>Change this signed visit: a new version, with a reason</source>
        <translation>ამ ხელმოწერილი ვიზიტის შეცვლა: ახალი ვერსია მიზეზით</translation>
    </message>
    <message>
        <source>Delete this unsigned draft; asks for a reason</source>
        <translation>ამ ხელმოუწერელი მონახაზის წაშლა; მიზეზს იკითხავს</translation>
    </message>
    <message>
        <source>Sign the visit: it becomes read-only (Enter or Ctrl+S)</source>
        <translation>ვიზიტზე ხელის მოწერა: შემდეგ მისი შეცვლა შეუძლებელია (Enter ან Ctrl+S)</translation>
    </message>
    <message>
        <source>The ALSFRS-R is not recorded at this visit.</source>
        <translation>ამ ვიზიტზე ALSFRS-R არ იწერება.</translation>
    </message>
    <message>
        <source>Esc: close · A: amend</source>
        <translation>Esc: დახურვა · A: შესწორება</translation>
    </message>
    <message>
        <source>Esc: close</source>
        <translation>Esc: დახურვა</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>დახურვა (Esc)</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (მიმდინარე)</translation>
    </message>
    <message>
        <source>MRC: not recorded at this visit</source>
        <translation>MRC: ამ ვიზიტზე არ იწერება</translation>
    </message>
    <message>
        <source>left</source>
        <translation>მარცხენა</translation>
    </message>
    <message>
        <source>right</source>
        <translation>მარჯვენა</translation>
    </message>
    <message>
        <source>without side</source>
        <translation>მხარის გარეშე</translation>
    </message>
    <message>
        <source>%1 of %2 cells entered</source>
        <translation>შეყვანილია %1 უჯრა %2-დან</translation>
    </message>
    <message>
        <source>MRC sum %1</source>
        <translation>MRC ჯამი %1</translation>
    </message>
    <message>
        <source>Breathing, weight: nothing measured</source>
        <translation>სუნთქვა, წონა: არაფერი გაზომილა</translation>
    </message>
    <message>
        <source>Breathing, weight: not recorded</source>
        <translation>სუნთქვა, წონა: არ ჩაწერილა</translation>
    </message>
    <message>
        <source>ALSFRS-R taken %1, answered by %2</source>
        <translation>ALSFRS-R ჩატარდა %1, უპასუხა: %2</translation>
    </message>
    <message>
        <source>Why discard this unsigned draft? (required)</source>
        <translation>რატომ უქმდება ეს ხელმოუწერელი მონახაზი? (სავალდებულო)</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>მონახაზის გაუქმება</translation>
    </message>
    <message>
        <source>An amendment needs a reason: type why the signed visit is changed, then press Start amendment.</source>
        <translation>შესწორებას მიზეზი სჭირდება: აკრიფეთ, რატომ იცვლება ხელმოწერილი ვიზიტი, შემდეგ დააჭირეთ „შესწორების დაწყებას“.</translation>
    </message>
    <message>
        <source>Discarding needs a reason: type why, then press Discard draft.</source>
        <translation>გაუქმებას მიზეზი სჭირდება: აკრიფეთ, რატომ, შემდეგ დააჭირეთ „მონახაზის გაუქმებას“.</translation>
    </message>
</context>
<context>
    <name>SERVER</name>
    <message>
        <source>no server given: name it with --server URL or set it with `bedside sync --server URL` once</source>
        <translation>სერვერი არ არის მითითებული: მიუთითეთ --server URL-ით ან ერთხელ `bedside sync --server URL`-ით</translation>
    </message>
    <message>
        <source>server URL: %1</source>
        <translation>სერვერის URL: %1</translation>
    </message>
    <message>
        <source>server URL: %1 is not this computer, so the connection must be encrypted: add sslmode=verify-full (or sslmode=require) to the URL</source>
        <translation>სერვერის URL: %1 ეს კომპიუტერი არ არის, ამიტომ კავშირი დაშიფრული უნდა იყოს: დაამატეთ URL-ს sslmode=verify-full (ან sslmode=require)</translation>
    </message>
    <message>
        <source>&lt;the server URL&gt;</source>
        <translation>&lt;სერვერის URL&gt;</translation>
    </message>
    <message>
        <source>the clinic server %1 asks for a password and none was found (PGPASSFILE or ~/.pgpass, PGPASSWORD); nothing was changed</source>
        <translation>კლინიკის სერვერი %1 ითხოვს პაროლს, მაგრამ ის ვერ მოიძებნა (PGPASSFILE ან ~/.pgpass, PGPASSWORD); არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>the clinic server %1 cannot be reached: %2; nothing was changed</source>
        <translation>კლინიკის სერვერი %1 მიუწვდომელია: %2; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>%1 has no Bedside schema: run `bedside server migrate URL` once (the clinic&apos;s database administrator); nothing was changed</source>
        <translation>%1-ზე Bedside-ის სქემა არ არის: ერთხელ გაუშვით `bedside server migrate URL` (კლინიკის მონაცემთა ბაზის ადმინისტრატორი); არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>%1 has Bedside server schema %2, newer than this Bedside knows (%3): update Bedside on this laptop; nothing was changed</source>
        <translation>%1-ზე Bedside-ის სერვერის სქემაა %2, უფრო ახალი, ვიდრე ეს Bedside იცნობს (%3): განაახლეთ Bedside ამ ლეპტოპზე; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>%1 has Bedside server schema %2; this Bedside needs %3: run `bedside server migrate URL`; nothing was changed</source>
        <translation>%1-ზე Bedside-ის სერვერის სქემაა %2; ამ Bedside-ს სჭირდება %3: გაუშვით `bedside server migrate URL`; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>the server refused the migration: %1; nothing was changed</source>
        <translation>სერვერმა უარყო მიგრაცია: %1; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>the server has Bedside schema %1, newer than this Bedside knows (%2): migrate it with the newer Bedside; nothing was changed</source>
        <translation>სერვერზე Bedside-ის სქემაა %1, უფრო ახალი, ვიდრე ეს Bedside იცნობს (%2): მიგრაცია გაუშვით უფრო ახალი Bedside-ით; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>the clinic server %1 refused the sync: %2; nothing was changed</source>
        <translation>კლინიკის სერვერმა %1 უარყო სინქრონიზაცია: %2; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>the connection to the clinic server %1 was lost (%2); what was not committed was not changed, and the next sync repeats it</source>
        <translation>კავშირი კლინიკის სერვერთან %1 გაწყდა (%2); დაუსრულებელი არ შეცვლილა და მომდევნო სინქრონიზაცია მას გაიმეორებს</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Total</source>
        <translation>ჯამი</translation>
    </message>
    <message>
        <source>missing item %1</source>
        <translation>აკლია პუნქტი %1</translation>
    </message>
    <message>
        <source>no total: missing item %1</source>
        <translation>ჯამი არ არის: აკლია პუნქტი %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>Printed at the top of every visit summary; stored in the database, for everyone using it</source>
        <translation>იბეჭდება ვიზიტის ყოველი შეჯამების თავში; ინახება მონაცემთა ბაზაში, მისი ყველა მომხმარებლისთვის</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>კლინიკის სახელი</translation>
    </message>
    <message>
        <source>The muscle protocol of a patient never graded</source>
        <translation>კუნთების პროტოკოლი პაციენტისთვის, რომელიც ჯერ არ შეფასებულა</translation>
    </message>
    <message>
        <source>Default MRC protocol</source>
        <translation>ნაგულისხმევი MRC პროტოკოლი</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>კლინიკის სერვერი</translation>
    </message>
    <message>
        <source>The clinic&apos;s PostgreSQL server this database syncs with (a libpq connection string or URI); empty: none</source>
        <translation>კლინიკის PostgreSQL სერვერი, რომელთანაც ეს მონაცემთა ბაზა სინქრონიზდება (libpq-ის კავშირის სტრიქონი ან URI); ცარიელი: არცერთი</translation>
    </message>
    <message>
        <source>%1 (race-neutral; the default)</source>
        <translation>%1 (რასობრივად ნეიტრალური; ნაგულისხმევი)</translation>
    </message>
    <message>
        <source>The reference equations of every % predicted and z-score of vital capacity; stored in the database, for everyone using it</source>
        <translation>სასიცოცხლო ტევადობის მოსალოდნელის % და z-ქულის რეფერენსული განტოლებები; ინახება მონაცემთა ბაზაში, ყველა მომხმარებლისთვის</translation>
    </message>
    <message>
        <source>The group GLI-2012 reports against (GLI Global needs none)</source>
        <translation>ჯგუფი, რომლის მიმართაც GLI-2012 ითვლის (GLI Global-ს არ სჭირდება)</translation>
    </message>
    <message>
        <source>GLI-2012 group</source>
        <translation>GLI-2012 ჯგუფი</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>სისტემის (%1)</translation>
    </message>
    <message>
        <source>The language of the screens, the printed summary and the messages. The ALSFRS-R and MRC wording is the clinic&apos;s own: see Instrument wording.</source>
        <translation>ეკრანების, ნაბეჭდი შეჯამებისა და შეტყობინებების ენა. ALSFRS-R-ისა და MRC-ის ფორმულირება კლინიკის საკუთარია: იხ. „შკალების ფორმულირება“.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ტექსტის ზომა</translation>
    </message>
    <message>
        <source>Text size, as a share of the system&apos;s</source>
        <translation>ტექსტის ზომა სისტემურთან შედარებით</translation>
    </message>
    <message>
        <source>&amp;High contrast: white on black</source>
        <translation>&amp;მაღალი კონტრასტი: თეთრი შავზე</translation>
    </message>
    <message>
        <source>White text on black, yellow for what is chosen or has the focus</source>
        <translation>თეთრი ტექსტი შავზე, ყვითლად — არჩეული და ფოკუსში მყოფი</translation>
    </message>
    <message>
        <source>Language, text size and contrast take effect when Bedside is started again.</source>
        <translation>ენა, ტექსტის ზომა და კონტრასტი ძალაში შევა Bedside-ის შემდეგი გაშვებისას.</translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation>კლინიკის &amp;სახელი</translation>
    </message>
    <message>
        <source>Default &amp;MRC protocol</source>
        <translation>ნაგულისხმევი &amp;MRC პროტოკოლი</translation>
    </message>
    <message>
        <source>&amp;Lung function reference</source>
        <translation>&amp;ფილტვის ფუნქციის ნორმები</translation>
    </message>
    <message>
        <source>GLI-2012 &amp;group</source>
        <translation>GLI-2012 &amp;ჯგუფი</translation>
    </message>
    <message>
        <source>Clinic ser&amp;ver</source>
        <translation>კლინიკის ს&amp;ერვერი</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;ენა</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>ტექსტის &amp;ზომა</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>პარამეტრების შენახვა</translation>
    </message>
    <message>
        <source>Close; nothing is changed</source>
        <translation>დახურვა; არაფერი იცვლება</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Bedside</source>
        <translation>შესვლა Bedside-ში</translation>
    </message>
    <message>
        <source>This database is protected. Sign in to continue.</source>
        <translation>ეს მონაცემთა ბაზა დაცულია. გასაგრძელებლად შედით.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Password</source>
        <translation>პაროლი</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>გამომკვლევი</translation>
    </message>
    <message>
        <source>The examiner signing in</source>
        <translation>შემსვლელი გამომკვლევი</translation>
    </message>
    <message>
        <source>The examiner&apos;s password</source>
        <translation>გამომკვლევის პაროლი</translation>
    </message>
</context>
<context>
    <name>SignatureTexts</name>
    <message>
        <source>Signed by</source>
        <translation>ხელი მოაწერა</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>თარიღი და დრო</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>მნიშვნელობა</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ხელმოწერა</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(სახელი არ არის)</translation>
    </message>
    <message>
        <source>(when you sign)</source>
        <translation>(ხელმოწერის მომენტში)</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>გამომკვლევი</translation>
    </message>
    <message>
        <source>Amended, version %1</source>
        <translation>შესწორებულია, ვერსია %1</translation>
    </message>
    <message>
        <source>The examiner&apos;s name is missing: go back to the start page and enter it.</source>
        <translation>გამომკვლევის სახელი არ არის: დაბრუნდით საწყის გვერდზე და შეიყვანეთ.</translation>
    </message>
    <message>
        <source>Item(s) %1 have no answer: answer them or mark them not assessed with a reason (type the item&apos;s number).</source>
        <translation>პუნქტებს %1 პასუხი არ აქვს: უპასუხეთ ან მონიშნეთ შეუფასებლად მიზეზით (აკრიფეთ პუნქტის ნომერი).</translation>
    </message>
    <message>
        <source>Nothing has changed yet: reopen an item (type its number), the MRC grid (M) or breathing and weight (B) and correct it, then sign.</source>
        <translation>ჯერ არაფერი შეცვლილა: ხელახლა გახსენით პუნქტი (აკრიფეთ მისი ნომერი), MRC ცხრილი (M) ან სუნთქვა და წონა (B), შეასწორეთ და მოაწერეთ ხელი.</translation>
    </message>
    <message>
        <source>Nothing to sign yet: no ALSFRS-R answer, no MRC grade and no measurement.</source>
        <translation>ჯერ ხელმოსაწერი არაფერია: არც ALSFRS-R-ის პასუხი, არც MRC შეფასება, არც გაზომვა.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Open that visit</source>
        <translation>ამ ვიზიტის გახსნა</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>ვიზიტის თარიღი</translation>
    </message>
    <message>
        <source>Open the visit already on this date</source>
        <translation>ამ თარიღზე უკვე არსებული ვიზიტის გახსნა</translation>
    </message>
    <message>
        <source>name of the examiner who signs</source>
        <translation>ხელმომწერი გამომკვლევის სახელი</translation>
    </message>
    <message>
        <source>The name of the examiner who signs the visit</source>
        <translation>ვიზიტზე ხელმომწერი გამომკვლევის სახელი</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>გამომკვლევი</translation>
    </message>
    <message>
        <source>ALSFRS-R (12 items)</source>
        <translation>ALSFRS-R (12 პუნქტი)</translation>
    </message>
    <message>
        <source>MRC muscle grading</source>
        <translation>კუნთების MRC შეფასება</translation>
    </message>
    <message>
        <source>Record the twelve ALSFRS-R items at this visit</source>
        <translation>ამ ვიზიტზე ALSFRS-R-ის თორმეტი პუნქტის ჩაწერა</translation>
    </message>
    <message>
        <source>Grade the muscles of the chosen protocol at this visit</source>
        <translation>ამ ვიზიტზე არჩეული პროტოკოლის კუნთების შეფასება</translation>
    </message>
    <message>
        <source>The muscles graded at this visit</source>
        <translation>ამ ვიზიტზე შესაფასებელი კუნთები</translation>
    </message>
    <message>
        <source>MRC protocol</source>
        <translation>MRC პროტოკოლი</translation>
    </message>
    <message>
        <source>Breathing, weight, how the ALSFRS-R is taken</source>
        <translation>სუნთქვა, წონა, როგორ ტარდება ALSFRS-R</translation>
    </message>
    <message>
        <source>Record vital capacity, weight and how the ALSFRS-R is taken at this visit, on a page of their own</source>
        <translation>ამ ვიზიტზე სასიცოცხლო ტევადობის, წონისა და ALSFRS-R-ის ჩატარების წესის ჩაწერა ცალკე გვერდზე</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ჩანაწერი</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Close the visit; what is entered stays saved as a draft</source>
        <translation>ვიზიტის დახურვა; შეყვანილი მონახაზად რჩება შენახული</translation>
    </message>
    <message>
        <source>Begin (Enter)</source>
        <translation>დაწყება (Enter)</translation>
    </message>
    <message>
        <source>Check the date and the examiner and begin the visit (Enter)</source>
        <translation>თარიღისა და გამომკვლევის შემოწმება და ვიზიტის დაწყება (Enter)</translation>
    </message>
    <message>
        <source>the visit date is required</source>
        <translation>ვიზიტის თარიღი აუცილებელია</translation>
    </message>
    <message>
        <source>Resume that draft</source>
        <translation>ამ მონახაზის გაგრძელება</translation>
    </message>
</context>
<context>
    <name>StartupSequence</name>
    <message>
        <source>Sign in to see the patients.</source>
        <translation>პაციენტების სანახავად შედით.</translation>
    </message>
    <message>
        <source>Bedside could not open the database: %1</source>
        <translation>Bedside-მა ვერ გახსნა მონაცემთა ბაზა: %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>მონაცემთა ბაზის გახსნა შეუძლებელია</translation>
    </message>
</context>
<context>
    <name>TEXT</name>
    <message>
        <source>at most %1 characters (this has %2)</source>
        <translation>მაქსიმუმ %1 სიმბოლო (აქ არის %2)</translation>
    </message>
    <message>
        <source>holds an invisible or control character (%1, character %2); remove it</source>
        <translation>შეიცავს უხილავ ან მმართველ სიმბოლოს (%1, სიმბოლო %2); წაშალეთ</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Total</source>
        <translation>ჯამი</translation>
    </message>
    <message>
        <source>Expected (ΔFS)</source>
        <translation>მოსალოდნელი (ΔFS)</translation>
    </message>
    <message>
        <source>Shows or hides this line of the trend plot</source>
        <translation>აჩვენებს ან მალავს დინამიკის გრაფიკის ამ ხაზს</translation>
    </message>
    <message>
        <source>Dashed line: %1 at onset, falling at the ΔFS of the first complete visit.</source>
        <translation>წყვეტილი ხაზი: %1 დაწყებისას, კლება პირველი სრული ვიზიტის ΔFS-ით.</translation>
    </message>
    <message>
        <source>Slope around event:</source>
        <translation>დახრა მოვლენის გარშემო:</translation>
    </message>
    <message>
        <source>Choose an event to draw the ALSFRS-R slope before and after it</source>
        <translation>აირჩიეთ მოვლენა, რომ გამოისახოს ALSFRS-R-ის დახრა მანამდე და მის შემდეგ</translation>
    </message>
    <message>
        <source>Slope around event</source>
        <translation>დახრა მოვლენის გარშემო</translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation>მთელი მიმდინარეობა</translation>
    </message>
    <message>
        <source>From onset to today; unticked, the plot opens on the visits&apos; own dates</source>
        <translation>დაწყებიდან დღემდე; მონიშვნის გარეშე გრაფიკი მხოლოდ ვიზიტების თარიღებს აჩვენებს</translation>
    </message>
    <message>
        <source>ALSFRS-R trend plot</source>
        <translation>ALSFRS-R დინამიკის გრაფიკი</translation>
    </message>
    <message>
        <source>The ALSFRS-R total and subscores over the visit dates. The same values are in the Visits table beside the plot, one row per visit.</source>
        <translation>ALSFRS-R ჯამი და ქვეჯამები ვიზიტების თარიღების მიხედვით. იგივე მნიშვნელობებია გრაფიკის გვერდით ცხრილში „ვიზიტები“, თითო სტრიქონი ვიზიტზე.</translation>
    </message>
    <message>
        <source>ALSFRS-R</source>
        <translation>ALSFRS-R</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>მოსალოდნელი</translation>
    </message>
    <message>
        <source>onset</source>
        <translation>დაწყება</translation>
    </message>
    <message>
        <source>(choose an event)</source>
        <translation>(აირჩიეთ მოვლენა)</translation>
    </message>
    <message>
        <source>No expected course: it needs the onset date and a complete visit.</source>
        <translation>მოსალოდნელი მიმდინარეობა არ არის: საჭიროა დაწყების თარიღი და სრული ვიზიტი.</translation>
    </message>
    <message>
        <source>Dashed: expected course, %1 at onset falling %2 points/month (ΔFS at the first complete visit).</source>
        <translation>წყვეტილი: მოსალოდნელი მიმდინარეობა, %1 დაწყებისას, კლება %2 ქულა/თვეში (პირველი სრული ვიზიტის ΔFS).</translation>
    </message>
    <message>
        <source>Choose an event for the ALSFRS-R slope before and after it.</source>
        <translation>აირჩიეთ მოვლენა, რომ ნახოთ ALSFRS-R-ის დახრა მანამდე და მის შემდეგ.</translation>
    </message>
    <message>
        <source>before (its day included)</source>
        <translation>მანამდე (მისი დღის ჩათვლით)</translation>
    </message>
    <message>
        <source>after</source>
        <translation>შემდეგ</translation>
    </message>
    <message>
        <source>%1: too few visits</source>
        <translation>%1: ძალიან ცოტა ვიზიტი</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 points/month (%n visit(s))</source>
        <translation>
            <numerusform>%1: %2 ქულა/თვეში (%n ვიზიტი)</numerusform>
            <numerusform>%1: %2 ქულა/თვეში (%n ვიზიტი)</numerusform>
        </translation>
    </message>
    <message>
        <source>this visit: %1 of %2 answered; no total until all are (no earlier complete visit to carry forward)</source>
        <translation>ეს ვიზიტი: პასუხი აქვს %1-ს %2-დან; ჯამი არ იქნება, სანამ ყველას არ ექნება (გადმოსატანი უფრო ადრეული სრული ვიზიტი არ არის)</translation>
    </message>
    <message>
        <source>this visit: %1</source>
        <translation>ეს ვიზიტი: %1</translation>
    </message>
    <message>
        <source>this visit ≈ %1 (%2 of %3 answered; the rest as on %4)</source>
        <translation>ეს ვიზიტი ≈ %1 (პასუხი აქვს %2-ს %3-დან; დანარჩენი როგორც %4-ს)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Sign in to Bedside</source>
        <translation>შესვლა Bedside-ში</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>პაროლი</translation>
    </message>
    <message>
        <source>The examiner signing in</source>
        <translation>შემსვლელი გამომკვლევი</translation>
    </message>
    <message>
        <source>The examiner&apos;s password</source>
        <translation>გამომკვლევის პაროლი</translation>
    </message>
    <message>
        <source>This database is encrypted. Sign in to open it.</source>
        <translation>ეს მონაცემთა ბაზა დაშიფრულია. გასახსნელად შედით.</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>გამომკვლევი</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Amendment of a signed visit</source>
        <translation>ხელმოწერილი ვიზიტის შესწორება</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>ახალი ვიზიტი</translation>
    </message>
    <message>
        <source>Review and sign</source>
        <translation>გადახედვა და ხელმოწერა</translation>
    </message>
    <message>
        <source>Amendment (version %1): review and sign</source>
        <translation>შესწორება (ვერსია %1): გადახედვა და ხელმოწერა</translation>
    </message>
    <message>
        <source>visit of %1</source>
        <translation>ვიზიტი %1</translation>
    </message>
    <message>
        <source>Leave amendment</source>
        <translation>შესწორებიდან გასვლა</translation>
    </message>
    <message>
        <source>Signed visit</source>
        <translation>ხელმოწერილი ვიზიტი</translation>
    </message>
    <message>
        <source>Earlier version (superseded)</source>
        <translation>უფრო ადრეული ვერსია (ჩანაცვლებული)</translation>
    </message>
    <message>
        <source>Gastrostomy recorded on %1: item 5b will be used (it can be switched on the item&apos;s page).</source>
        <translation>გასტროსტომა ჩაწერილია %1: გამოყენებული იქნება პუნქტი 5b (მისი შეცვლა შეიძლება პუნქტის გვერდზე).</translation>
    </message>
    <message>
        <source>%1 already has %2 on this date: open it, or choose another date.</source>
        <translation>%1-ს ამ თარიღზე უკვე აქვს %2: გახსენით ან აირჩიეთ სხვა თარიღი.</translation>
    </message>
    <message>
        <source>The examiner&apos;s name: %1.</source>
        <translation>გამომკვლევის სახელი: %1.</translation>
    </message>
    <message>
        <source>Choose what to record: the ALSFRS-R, the MRC grading, breathing and weight, or more.</source>
        <translation>აირჩიეთ, რა ჩაიწეროს: ALSFRS-R, MRC შეფასება, სუნთქვა და წონა, ან რამდენიმე.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) are already entered: keep this ticked, or clear them first.</source>
        <translation>
            <numerusform>%n გაზომვა უკვე შეყვანილია: დატოვეთ მონიშნული, ან ჯერ წაშალეთ.</numerusform>
            <numerusform>%n გაზომვა უკვე შეყვანილია: დატოვეთ მონიშნული, ან ჯერ წაშალეთ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items %1 are already answered: keep the ALSFRS-R ticked (an item can be marked not assessed instead).</source>
        <translation>პუნქტებს %1 უკვე აქვს პასუხი: დატოვეთ ALSFRS-R მონიშნული (ამის ნაცვლად პუნქტი შეიძლება მოინიშნოს შეუფასებლად).</translation>
    </message>
    <message>
        <source>gastrostomy recorded on %1</source>
        <translation>გასტროსტომა ჩაწერილია %1</translation>
    </message>
    <message>
        <source>Item 5b is used (%1).</source>
        <translation>გამოიყენება პუნქტი 5b (%1).</translation>
    </message>
    <message>
        <source>Not signed: %1. Nothing was lost: the draft is kept; correct it and sign again.</source>
        <translation>ხელი არ მოეწერა: %1. არაფერი დაკარგულა: მონახაზი შენახულია; შეასწორეთ და ხელახლა მოაწერეთ ხელი.</translation>
    </message>
    <message>
        <source>Not discarded: %1</source>
        <translation>არ გაუქმდა: %1</translation>
    </message>
    <message>
        <source>The notes are not saved: %1.</source>
        <translation>შენიშვნები არ შეინახა: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your answers are still on screen; they will be saved with the next answer.</source>
        <translation>არ შეინახა: %1. თქვენი პასუხები ისევ ეკრანზეა; ისინი შეინახება შემდეგ პასუხთან ერთად.</translation>
    </message>
    <message>
        <source>This visit was discarded in another Bedside window; what is on screen here is saved as a new draft with your next answer.</source>
        <translation>ეს ვიზიტი Bedside-ის სხვა ფანჯარაში წაიშალა; აქ ეკრანზე არსებული თქვენი შემდეგი პასუხისას ახალ მონახაზად შეინახება.</translation>
    </message>
    <message>
        <source>Not saved: another Bedside window changed this visit meanwhile. What it saved is shown now; give your last answer again if it is still needed.</source>
        <translation>არ შეინახა: Bedside-ის სხვა ფანჯარამ ამასობაში ეს ვიზიტი შეცვალა. ახლა ნაჩვენებია ის, რაც მან შეინახა; თუ ჯერ კიდევ საჭიროა, ბოლო პასუხი ხელახლა მიუთითეთ.</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>მონახაზი</translation>
    </message>
    <message>
        <source>a signed visit</source>
        <translation>ხელმოწერილი ვიზიტი</translation>
    </message>
    <message>
        <source>The examiner&apos;s name is needed to sign.</source>
        <translation>ხელმოსაწერად საჭიროა გამომკვლევის სახელი.</translation>
    </message>
    <message numerus="yes">
        <source>%n graded muscle cell(s) would be left out: keep the MRC grading and its protocol, or clear those cells first.</source>
        <translation>
            <numerusform>%n შეფასებული კუნთის უჯრა გამოაკლდებოდა: დატოვეთ MRC შეფასება და მისი პროტოკოლი ან ჯერ გაასუფთავეთ ეს უჯრები.</numerusform>
            <numerusform>%n შეფასებული კუნთის უჯრა გამოაკლდებოდა: დატოვეთ MRC შეფასება და მისი პროტოკოლი ან ჯერ გაასუფთავეთ ეს უჯრები.</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>არჩეულია ხელით</translation>
    </message>
    <message>
        <source>Use 5a instead (G)</source>
        <translation>5a-ს გამოყენება (G)</translation>
    </message>
    <message>
        <source>chosen by hand, although a gastrostomy is recorded</source>
        <translation>არჩეულია ხელით, თუმცა გასტროსტომა ჩაწერილია</translation>
    </message>
    <message>
        <source>no gastrostomy recorded by this date</source>
        <translation>ამ თარიღისთვის გასტროსტომა არ არის ჩაწერილი</translation>
    </message>
    <message>
        <source>Use 5b instead (G)</source>
        <translation>5b-ს გამოყენება (G)</translation>
    </message>
    <message>
        <source>Item 5a is used (%1).</source>
        <translation>გამოიყენება პუნქტი 5a (%1).</translation>
    </message>
    <message>
        <source>Not signed: the password was not confirmed. The draft is kept.</source>
        <translation>ხელი არ მოეწერა: პაროლი არ დადასტურდა. მონახაზი შენახულია.</translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <source>One row per visit, newest first: date, ALSFRS-R total and subscores, MRC sum, status, examiner (the numbers the trend plot draws); Enter opens a visit</source>
        <translation>თითო სტრიქონი ვიზიტზე, ახლები ზემოთ: თარიღი, ALSFRS-R-ის ჯამი და ქვეჯამები, MRC ჯამი, სტატუსი, გამომკვლევი (იგივე რიცხვები, რაც დინამიკის გრაფიკზე); Enter ხსნის ვიზიტს</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>ვიზიტების ისტორია</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>თარიღი</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ჯამი</translation>
    </message>
    <message>
        <source>MRC
sum</source>
        <translation>MRC
ჯამი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>გამომკვლევი</translation>
    </message>
</context>
<context>
    <name>WORDING</name>
    <message>
        <source>%1, version %2 (%3; %4)</source>
        <translation>%1, ვერსია %2 (%3; %4)</translation>
    </message>
    <message>
        <source>%1: must be a text that is not empty</source>
        <translation>%1: უნდა იყოს არაცარიელი ტექსტი</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: მაქსიმუმ %2 სიმბოლო</translation>
    </message>
    <message>
        <source>%1: holds a control character</source>
        <translation>%1: შეიცავს მმართველ სიმბოლოს</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1: ზედა დონეზე მოსალოდნელია JSON ობიექტი</translation>
    </message>
    <message>
        <source>%1: unknown field %2 (the fields are: %3)</source>
        <translation>%1: უცნობი ველი %2 (ველებია: %3)</translation>
    </message>
    <message>
        <source>%1: the field %2 is missing</source>
        <translation>%1: ველი %2 აკლია</translation>
    </message>
    <message>
        <source>%1: format must be %2</source>
        <translation>%1: ფორმატი უნდა იყოს %2</translation>
    </message>
    <message>
        <source>%1: instrument must be %2</source>
        <translation>%1: შკალა უნდა იყოს %2</translation>
    </message>
    <message>
        <source>%1: language %2 is not a language code such as ka or ka_GE</source>
        <translation>%1: ენა %2 არ არის ენის კოდი, როგორიცაა ka ან ka_GE</translation>
    </message>
    <message>
        <source>%1: date %2 is not a date YYYY-MM-DD</source>
        <translation>%1: თარიღი %2 არ არის YYYY-MM-DD ფორმატში</translation>
    </message>
    <message>
        <source>%1: items must be an object with one entry per item key</source>
        <translation>%1: items უნდა იყოს ობიექტი თითო ჩანაწერით პუნქტის გასაღებზე</translation>
    </message>
    <message>
        <source>%1: item %2 is not an item of the %3</source>
        <translation>%1: %2 არ არის %3-ის პუნქტი</translation>
    </message>
    <message>
        <source>%1: item %2 (%3) is missing</source>
        <translation>%1: პუნქტი %2 (%3) აკლია</translation>
    </message>
    <message>
        <source>%1: must be an object with name and anchors</source>
        <translation>%1: უნდა იყოს ობიექტი name-ითა და anchors-ით</translation>
    </message>
    <message>
        <source>%1: unknown field %2</source>
        <translation>%1: უცნობი ველი %2</translation>
    </message>
    <message>
        <source>%1: anchors must be an object with one text per score</source>
        <translation>%1: anchors უნდა იყოს ობიექტი თითო ტექსტით ქულაზე</translation>
    </message>
    <message>
        <source>%1: anchor %2 is not a score of this item (%3)</source>
        <translation>%1: პასუხი %2 არ არის ამ პუნქტის ქულა (%3)</translation>
    </message>
    <message>
        <source>%1: anchor %2 is missing</source>
        <translation>%1: პასუხი %2 აკლია</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: არასწორი JSON: %3</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>გამოყენება: </translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: შეცდომა: %(message)s
</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>პოზიციური არგუმენტები</translation>
    </message>
    <message>
        <source>options</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>ამ დახმარების ჩვენება და გასვლა</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>აუცილებელია შემდეგი არგუმენტები: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>უცნობი არგუმენტები: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>დაუშვებელი არჩევანი: %(value)r (აირჩიეთ %(choices)s-დან)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>დაუშვებელი %(type)s მნიშვნელობა: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>არგუმენტი %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>მოსალოდნელია ერთი არგუმენტი</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>მოსალოდნელია მინიმუმ ერთი არგუმენტი</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>მოსალოდნელია მაქსიმუმ ერთი არგუმენტი</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ორაზროვანი პარამეტრი: %(option)s შეიძლება ნიშნავდეს %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>არ დაიშვება არგუმენტთან %s ერთად</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>აუცილებელია ერთ-ერთი არგუმენტი %s</translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <source>When (UTC)</source>
        <translation>როდის (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ვინ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ჩანაწერი</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>მოქმედება</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>პუნქტი</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>ძველი მნიშვნელობა</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>ახალი მნიშვნელობა</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>created</source>
        <translation>შეიქმნა</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>შეიცვალა</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>მონახაზი შეინახა</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ხელმოწერილია</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>შესწორდა</translation>
    </message>
    <message>
        <source>draft discarded</source>
        <translation>მონახაზი გაუქმდა</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>წაიშალა</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>იმპორტირდა</translation>
    </message>
    <message>
        <source>status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>version</source>
        <translation>ვერსია</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>ვიზიტის თარიღი</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>შენიშვნები</translation>
    </message>
    <message>
        <source>MRC protocol</source>
        <translation>MRC პროტოკოლი</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>გვარი</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>დაბადების თარიღი</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>სქესი</translation>
    </message>
    <message>
        <source>onset of symptoms</source>
        <translation>სიმპტომების დაწყება</translation>
    </message>
    <message>
        <source>onset region</source>
        <translation>დაწყების რეგიონი</translation>
    </message>
    <message>
        <source>diagnosis date</source>
        <translation>დიაგნოზის თარიღი</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>სახე</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>მოვლენის თარიღი</translation>
    </message>
    <message>
        <source>label</source>
        <translation>აღწერა</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ფაილი</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>სტრიქონები</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>ვიზიტები</translation>
    </message>
    <message>
        <source>new patients</source>
        <translation>ახალი პაციენტები</translation>
    </message>
    <message>
        <source>events</source>
        <translation>მოვლენები</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(არ შეფასდა)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>მონახაზი</translation>
    </message>
    <message>
        <source>version %1 signed by %2</source>
        <translation>ვერსია %1, ხელი მოაწერა: %2</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>ხელი მოაწერა: %1</translation>
    </message>
    <message>
        <source>version %1 entered in error by %2</source>
        <translation>ვერსია %1 აღინიშნა შეცდომით შეყვანილად: %2</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>ვიზიტი %1</translation>
    </message>
    <message>
        <source>event #%1</source>
        <translation>მოვლენა №%1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>პაციენტი</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>ვიზიტი</translation>
    </message>
    <message>
        <source>event</source>
        <translation>მოვლენა</translation>
    </message>
    <message>
        <source>import</source>
        <translation>იმპორტი</translation>
    </message>
    <message>
        <source>database</source>
        <translation>მონაცემთა ბაზა</translation>
    </message>
    <message>
        <source>examiner</source>
        <translation>გამომკვლევი</translation>
    </message>
</context>
<context>
    <name>encrypt_action</name>
    <message>
        <source>%1 is now encrypted. Its keys file %2 must stay beside it and is copied with every backup: without it nobody can open the database.</source>
        <translation>%1 ახლა დაშიფრულია. მისი გასაღებების ფაილი %2 მის გვერდით უნდა დარჩეს და ყოველ სარეზერვო ასლთან ერთად კოპირდება: მის გარეშე მონაცემთა ბაზის გახსნას ვერავინ შეძლებს.</translation>
    </message>
    <message>
        <source>The unencrypted original is kept as %1. It holds patient data in the clear: once the encrypted database works, move it somewhere safe or delete it.</source>
        <translation>დაუშიფრავი ორიგინალი შენახულია როგორც %1. მასში პაციენტების მონაცემები ღიად არის: როცა დაშიფრული ბაზა იმუშავებს, გადაიტანეთ ის უსაფრთხო ადგილას ან წაშალეთ.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) are unencrypted; they are rotated away over the next 30 days.</source>
        <translation>
            <numerusform>%n ძველი სარეზერვო ასლი დაუშიფრავია; ისინი მომდევნო 30 დღეში წაიშლება.</numerusform>
            <numerusform>%n ძველი სარეზერვო ასლი დაუშიფრავია; ისინი მომდევნო 30 დღეში წაიშლება.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was not encrypted</source>
        <translation>მონაცემთა ბაზა არ დაიშიფრა</translation>
    </message>
    <message>
        <source>It stays unencrypted and is opened again.</source>
        <translation>ის დაუშიფრავი რჩება და ხელახლა იხსნება.</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>მონაცემთა ბაზა დაიშიფრა</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>not a number: type digits, with &apos;.&apos; or &apos;,&apos; before the decimals</source>
        <translation>არ არის რიცხვი: აკრიფეთ ციფრები, ათწილადის წინ &apos;.&apos; ან &apos;,&apos;</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ან %2</translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD (%1)</source>
        <translation>ეს თარიღი არ არის: ჩაწერეთ როგორც წწწწ-თთ-დდ (%1)</translation>
    </message>
    <message>
        <source>Type the whole date: %1</source>
        <translation>აკრიფეთ სრული თარიღი: %1</translation>
    </message>
    <message>
        <source>Check and save what the form says</source>
        <translation>ფორმის მონაცემების შემოწმება და შენახვა</translation>
    </message>
    <message>
        <source>Close the form; nothing is saved</source>
        <translation>ფორმის დახურვა; არაფერი ინახება</translation>
    </message>
</context>
<context>
    <name>header</name>
    <message>
        <source>%1 y %2 mo</source>
        <translation>%1 წ. %2 თვ.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 თვ.</translation>
    </message>
    <message>
        <source>Lung function</source>
        <translation>ფილტვის ფუნქცია</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>წონა</translation>
    </message>
    <message>
        <source>%1 overdue: never recorded.</source>
        <translation>%1: გაზომვის დროა — არასოდეს ჩაწერილა.</translation>
    </message>
    <message>
        <source>%1 overdue: last measured %2, %3 days ago.</source>
        <translation>%1: გაზომვის დროა — ბოლოს გაიზომა %2, %3 დღის წინ.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>female</source>
        <translation>მდედრობითი</translation>
    </message>
    <message>
        <source>male</source>
        <translation>მამრობითი</translation>
    </message>
    <message>
        <source>other</source>
        <comment>sex</comment>
        <translation>სხვა</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>უცნობი</translation>
    </message>
    <message>
        <source>bulbar</source>
        <translation>ბულბური</translation>
    </message>
    <message>
        <source>upper limb</source>
        <translation>ზედა კიდური</translation>
    </message>
    <message>
        <source>lower limb</source>
        <translation>ქვედა კიდური</translation>
    </message>
    <message>
        <source>respiratory</source>
        <translation>რესპირაციული</translation>
    </message>
    <message>
        <source>generalized</source>
        <translation>გენერალიზებული</translation>
    </message>
    <message>
        <source>Gastrostomy</source>
        <translation>გასტროსტომა</translation>
    </message>
    <message>
        <source>NIV start</source>
        <translation>NIV-ის დაწყება</translation>
    </message>
    <message>
        <source>NIV stop</source>
        <translation>NIV-ის შეწყვეტა</translation>
    </message>
    <message>
        <source>Tracheostomy</source>
        <translation>ტრაქეოსტომია</translation>
    </message>
    <message>
        <source>Medication start</source>
        <translation>მედიკამენტის დაწყება</translation>
    </message>
    <message>
        <source>Medication stop</source>
        <translation>მედიკამენტის შეწყვეტა</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>პროცედურა</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>გარდაცვალება</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>სხვა</translation>
    </message>
    <message>
        <source>in clinic</source>
        <translation>კლინიკაში</translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation>ტელეფონით</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>ვიდეოთი</translation>
    </message>
    <message>
        <source>self-administered</source>
        <translation>თვითშევსებით</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>პაციენტი</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>მომვლელი</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>მჯდომარე</translation>
    </message>
    <message>
        <source>supine</source>
        <translation>წოლითი</translation>
    </message>
    <message>
        <source>Riluzole</source>
        <translation>რილუზოლი</translation>
    </message>
    <message>
        <source>Edaravone</source>
        <translation>ედარავონი</translation>
    </message>
    <message>
        <source>Tofersen</source>
        <translation>ტოფერსენი</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cell(s))</source>
        <translation>
            <numerusform>%1 (%n უჯრა)</numerusform>
            <numerusform>%1 (%n უჯრა)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>muscle, short side</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>L</source>
        <comment>left side</comment>
        <translation>მარცხ.</translation>
    </message>
    <message>
        <source>R</source>
        <comment>right side</comment>
        <translation>მარჯვ.</translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation>%1, მარცხენა</translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation>%1, მარჯვენა</translation>
    </message>
    <message>
        <source>NIV</source>
        <translation>NIV</translation>
    </message>
    <message>
        <source>%1 h a day</source>
        <translation>%1 სთ დღეში</translation>
    </message>
    <message>
        <source>a medication</source>
        <translation>მედიკამენტი</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 %2-დან</translation>
    </message>
    <message>
        <source>NIV (non-invasive ventilation) started</source>
        <translation>NIV (არაინვაზიური ვენტილაცია) დაიწყო</translation>
    </message>
    <message>
        <source>NIV stopped</source>
        <translation>NIV შეწყდა</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1: დაწყება</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1: შეწყვეტა</translation>
    </message>
    <message>
        <source>Medication started (another drug: name it)</source>
        <translation>მედიკამენტის დაწყება (სხვა მედიკამენტი: მიუთითეთ)</translation>
    </message>
    <message>
        <source>Medication stopped (another drug: name it)</source>
        <translation>მედიკამენტის შეწყვეტა (სხვა მედიკამენტი: მიუთითეთ)</translation>
    </message>
    <message>
        <source>Procedure (another: name it)</source>
        <translation>პროცედურა (სხვა: მიუთითეთ)</translation>
    </message>
</context>
<context>
    <name>menu_actions</name>
    <message>
        <source>Open database</source>
        <translation>მონაცემთა ბაზის გახსნა</translation>
    </message>
    <message>
        <source>Bedside databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bedside-ის მონაცემთა ბაზები (*.sqlite3 *.db);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>გაიხსნა %1</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>ვიზიტის შეჯამება</translation>
    </message>
    <message>
        <source>This patient has no signed visit to summarise.</source>
        <translation>ამ პაციენტს შესაჯამებელი ხელმოწერილი ვიზიტი არ აქვს.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Cannot open the database</source>
        <translation>მონაცემთა ბაზის გახსნა შეუძლებელია</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Signing makes this visit read-only. Enter your password to sign.</source>
        <translation>ხელმოწერის შემდეგ ვიზიტის შეცვლა შეუძლებელია. ხელმოსაწერად შეიყვანეთ პაროლი.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>patient too tired</source>
        <translation>პაციენტი ძალიან დაღლილია</translation>
    </message>
    <message>
        <source>patient declined</source>
        <translation>პაციენტმა უარი თქვა</translation>
    </message>
    <message>
        <source>could not be assessed at this visit</source>
        <translation>ამ ვიზიტზე შეფასება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>არ ეხება</translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>Bulbar</source>
        <translation>ბულბური</translation>
    </message>
    <message>
        <source>Fine motor</source>
        <translation>წვრილი მოტორიკა</translation>
    </message>
    <message>
        <source>Gross motor</source>
        <translation>მსხვილი მოტორიკა</translation>
    </message>
    <message>
        <source>Respiratory</source>
        <translation>რესპირაციული</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>ტკივილი</translation>
    </message>
    <message>
        <source>cast</source>
        <translation>თაბაშირი</translation>
    </message>
    <message>
        <source>amputation</source>
        <translation>ამპუტაცია</translation>
    </message>
    <message>
        <source>patient refused</source>
        <translation>პაციენტმა უარი თქვა</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>დაღლილობა</translation>
    </message>
    <message>
        <source>other</source>
        <translation>სხვა</translation>
    </message>
    <message>
        <source>ALS clinic</source>
        <translation>ალს კლინიკა</translation>
    </message>
    <message>
        <source>Neck flexion</source>
        <translation>კისრის მოხრა</translation>
    </message>
    <message>
        <source>Neck extension</source>
        <translation>კისრის გაშლა</translation>
    </message>
    <message>
        <source>Shoulder abduction</source>
        <translation>მხრის განზიდვა</translation>
    </message>
    <message>
        <source>Elbow flexion</source>
        <translation>იდაყვის მოხრა</translation>
    </message>
    <message>
        <source>Elbow extension</source>
        <translation>იდაყვის გაშლა</translation>
    </message>
    <message>
        <source>Wrist extension</source>
        <translation>მაჯის გაშლა</translation>
    </message>
    <message>
        <source>Finger flexion</source>
        <translation>თითების მოხრა</translation>
    </message>
    <message>
        <source>Finger extension</source>
        <translation>თითების გაშლა</translation>
    </message>
    <message>
        <source>First dorsal interosseous</source>
        <translation>პირველი ზურგის ძვალთაშუა კუნთი</translation>
    </message>
    <message>
        <source>Abductor pollicis brevis</source>
        <translation>ცერის მოკლე განმზიდველი კუნთი</translation>
    </message>
    <message>
        <source>Hip flexion</source>
        <translation>თეძოს მოხრა</translation>
    </message>
    <message>
        <source>Hip extension</source>
        <translation>თეძოს გაშლა</translation>
    </message>
    <message>
        <source>Knee extension</source>
        <translation>მუხლის გაშლა</translation>
    </message>
    <message>
        <source>Knee flexion</source>
        <translation>მუხლის მოხრა</translation>
    </message>
    <message>
        <source>Ankle dorsiflexion</source>
        <translation>ტერფის ზურგისკენ მოხრა</translation>
    </message>
    <message>
        <source>Ankle plantar flexion</source>
        <translation>ტერფის ძირისკენ მოხრა</translation>
    </message>
    <message>
        <source>MRC sum score</source>
        <translation>MRC ჯამური ქულა</translation>
    </message>
    <message>
        <source>Seven groups</source>
        <translation>შვიდი ჯგუფი</translation>
    </message>
    <message>
        <source>Deltoid</source>
        <translation>დელტისებრი კუნთი</translation>
    </message>
    <message>
        <source>Biceps</source>
        <translation>ორთავა კუნთი</translation>
    </message>
    <message>
        <source>Triceps</source>
        <translation>სამთავა კუნთი</translation>
    </message>
    <message>
        <source>Hip flexion/extension</source>
        <translation>თეძოს მოხრა/გაშლა</translation>
    </message>
    <message>
        <source>Knee flexion/extension</source>
        <translation>მუხლის მოხრა/გაშლა</translation>
    </message>
    <message>
        <source>Ankle flexion/extension</source>
        <translation>ტერფის მოხრა/გაშლა</translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message numerus="yes">
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>სცადეთ ხელახლა %n წამში.</numerusform>
            <numerusform>სცადეთ ხელახლა %n წამში.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>შესვლა</translation>
    </message>
    <message>
        <source>Sign in with the name and password given (Enter)</source>
        <translation>შესვლა მითითებული სახელითა და პაროლით (Enter)</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>დახურვა შესვლის გარეშე</translation>
    </message>
</context>
<context>
    <name>summary_actions</name>
    <message>
        <source>No visit summary</source>
        <translation>ვიზიტის შეჯამება არ არის</translation>
    </message>
    <message>
        <source>The visit summary cannot be made: %1</source>
        <translation>ვიზიტის შეჯამების შედგენა შეუძლებელია: %1</translation>
    </message>
    <message>
        <source>the visit</source>
        <translation>ვიზიტი</translation>
    </message>
    <message>
        <source>the visit of %1</source>
        <translation>ვიზიტი %1</translation>
    </message>
    <message>
        <source>Save the summary of %1 as PDF</source>
        <translation>შეჯამების შენახვა PDF-ად (%1)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF დოკუმენტები (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF არ შეინახა</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder and save again.</source>
        <translation>%1 ვერ ჩაიწერა: %2. აირჩიეთ სხვა საქაღალდე და შეინახეთ ხელახლა.</translation>
    </message>
    <message>
        <source>Print the summary of %1</source>
        <translation>შეჯამების ბეჭდვა (%1)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>არ დაიბეჭდა</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 ვერ ჩაიწერა: %2.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then print again.</source>
        <translation>პრინტერი ვერ ამუშავდა. შეამოწმეთ, რომ ჩართულია და მიერთებულია, შემდეგ ხელახლა დაბეჭდეთ.</translation>
    </message>
    <message>
        <source>The print queue %1 did not take the job: %2</source>
        <translation>ბეჭდვის რიგმა %1 დავალება არ მიიღო: %2</translation>
    </message>
</context>
<context>
    <name>visit_history</name>
    <message>
        <source>draft</source>
        <translation>მონახაზი</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ხელმოწერილია</translation>
    </message>
    <message>
        <source>signed v%1</source>
        <translation>ხელმოწერილი ვ%1</translation>
    </message>
    <message>
        <source>Not signed yet: open it to continue and sign.</source>
        <translation>ჯერ ხელმოუწერელია: გახსენით, რომ გააგრძელოთ და მოაწეროთ ხელი.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>ხელი მოაწერა: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Amended (version %1): %2</source>
        <translation>შესწორდა (ვერსია %1): %2</translation>
    </message>
</context>
<context>
    <name>wording_note</name>
    <message>
        <source>no wording in %1 has been added to this database</source>
        <translation>ბაზაში „%1“ ფორმულირება არ არის</translation>
    </message>
    <message>
        <source>ALSFRS-R wording %1 is not in this database: shown in the English original</source>
        <translation>ALSFRS-R-ის ფორმულირება %1 ამ მონაცემთა ბაზაში არ არის: ნაჩვენებია ინგლისური ორიგინალი</translation>
    </message>
    <message>
        <source>Wording: English original</source>
        <translation>ფორმულირება: ინგლისური ორიგინალი</translation>
    </message>
    <message>
        <source>Wording: %1, version %2</source>
        <translation>ფორმულირება: %1, ვერსია %2</translation>
    </message>
    <message>
        <source>ALSFRS-R wording: the English original (%1)</source>
        <translation>ALSFRS-R-ის ფორმულირება: ინგლისური ორიგინალი (%1)</translation>
    </message>
    <message>
        <source>ALSFRS-R wording: %1 · source: %2 · licence: %3</source>
        <translation>ALSFRS-R-ის ფორმულირება: %1 · წყარო: %2 · ლიცენზია: %3</translation>
    </message>
    <message>
        <source>MRC grades: the English original (%1)</source>
        <translation>MRC ქულები: ინგლისური ორიგინალი (%1)</translation>
    </message>
</context>
</TS>
