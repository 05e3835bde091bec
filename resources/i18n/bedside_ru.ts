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
        <translation>Стадия King&apos;s (Balendra 2014, оценка по ALSFRS-R): число вовлечённых регионов (бульбарный: пункт 1, 2 или 3 ниже 4; верхняя конечность: пункт 4 или 5a ниже 4; нижняя конечность: пункт 8 ниже 4); 4A, если используется пункт 5b (гастростома); 4B, если пункт 10 равен 0 или пункт 12 ниже 4.</translation>
    </message>
    <message>
        <source>MiToS stage (Chiò 2015): domains lost, 0-4. Movement: item 8 or item 6 at most 1; swallowing: item 3 at most 1; communicating: item 1 and item 4 at most 1; breathing: item 10 at most 1 or item 12 at most 2.</source>
        <translation>Стадия MiToS (Chiò 2015): число утраченных функций, 0-4. Движение: пункт 8 или пункт 6 не более 1; глотание: пункт 3 не более 1; общение: пункт 1 и пункт 4 не более 1; дыхание: пункт 10 не более 1 или пункт 12 не более 2.</translation>
    </message>
    <message>
        <source>ΔFS (Kimura 2006): (48 - total) / months from symptom onset to the visit; points lost per month.</source>
        <translation>ΔFS (Kimura 2006): (48 - сумма) / месяцы от начала симптомов до визита; баллы, теряемые за месяц.</translation>
    </message>
    <message>
        <source>not computed (an item it reads was not assessed)</source>
        <translation>не рассчитано (нужный для расчёта пункт не оценён)</translation>
    </message>
    <message>
        <source>no region involved</source>
        <translation>ни один регион не вовлечён</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>стадия %1</translation>
    </message>
    <message>
        <source>ALSFRS-R slope: least-squares fit of the total over every complete visit (two or more, spanning at least a month), in points per month; large cohorts decline about 0.9-1 point a month.</source>
        <translation>Наклон ALSFRS-R: линия наименьших квадратов по сумме всех полных визитов (двух и более, охватывающих не менее месяца), в баллах в месяц; в крупных когортах снижение составляет около 0,9-1 балла в месяц.</translation>
    </message>
    <message>
        <source>%1 equations are published for female and male only (sex: %2)</source>
        <translation>уравнения %1 опубликованы только для женщин и мужчин (пол: %2)</translation>
    </message>
    <message>
        <source>age unknown: no birth date</source>
        <translation>возраст неизвестен: нет даты рождения</translation>
    </message>
    <message>
        <source>age under %1 years: the %2 equations cover %3-%4 years</source>
        <translation>возраст меньше %1 лет: уравнения %2 охватывают %3-%4 лет</translation>
    </message>
    <message>
        <source>age over %1 years: the %2 equations cover %3-%4 years</source>
        <translation>возраст больше %1 лет: уравнения %2 охватывают %3-%4 лет</translation>
    </message>
    <message>
        <source>no height recorded</source>
        <translation>рост не записан</translation>
    </message>
    <message>
        <source>the pressure&apos;s size, without a minus sign</source>
        <translation>величина давления, без знака минус</translation>
    </message>
    <message>
        <source>FVC</source>
        <translation>ФЖЕЛ</translation>
    </message>
    <message>
        <source>SVC</source>
        <translation>ЖЕЛ</translation>
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
        <translation>Пиковый поток кашля</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>BMI: weight in kg / (height in m)².</source>
        <translation>ИМТ: вес в kg / (рост в m)².</translation>
    </message>
    <message>
        <source>Weight change: (weight - pre-illness weight) / pre-illness weight x 100, in %; negative is a loss.</source>
        <translation>Изменение веса: (вес - вес до болезни) / вес до болезни x 100, в %; отрицательное значение — потеря.</translation>
    </message>
    <message>
        <source>Overdue: nothing recorded at a signed visit in the last 90 days (the AAN&apos;s ALS quality measures ask for lung function at least every three months, and weight at the visits). Lung function: FVC, SVC, MIP or SNIP.</source>
        <translation>Пора измерить: на подписанных визитах за последние 90 дней ничего не записано (показатели качества помощи при БАС AAN требуют оценивать функцию лёгких не реже раза в три месяца, а вес — на визитах). Функция лёгких: ФЖЕЛ, ЖЕЛ, MIP или SNIP.</translation>
    </message>
</context>
<context>
    <name>APP</name>
    <message>
        <source>%1: this database is protected by examiner accounts; the app stops at sign-in (set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE to sign in)</source>
        <translation>%1: база данных защищена учётными записями исследователей; приложение остановится на входе (для входа задайте BEDSIDE_USER и BEDSIDE_PASSWORD_FILE)</translation>
    </message>
    <message>
        <source>%1: this database is encrypted and protected by examiner accounts; the app stops at sign-in (set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE to sign in)</source>
        <translation>%1: база данных зашифрована и защищена учётными записями исследователей; приложение остановится на входе (для входа задайте BEDSIDE_USER и BEDSIDE_PASSWORD_FILE)</translation>
    </message>
    <message>
        <source>there is no display to open the window on (DISPLAY is not set): run Bedside on a desktop, or on a virtual screen with xvfb-run -a bedside --demo</source>
        <translation>нет экрана, на котором можно открыть окно (DISPLAY не задан): запустите Bedside на рабочем столе или на виртуальном экране: xvfb-run -a bedside --demo</translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned visit(s) would be offered for resuming</source>
        <translation>
            <numerusform>%n неподписанный визит будет предложен для продолжения</numerusform>
            <numerusform>%n неподписанных визита будут предложены для продолжения</numerusform>
            <numerusform>%n неподписанных визитов будут предложены для продолжения</numerusform>
        </translation>
    </message>
    <message>
        <source>the window was not opened within %1 s</source>
        <translation>окно не открылось за %1 с</translation>
    </message>
    <message>
        <source>the window was not painted within %1 s</source>
        <translation>окно не отрисовалось за %1 с</translation>
    </message>
</context>
<context>
    <name>AnchorButton</name>
    <message>
        <source>✓ chosen</source>
        <translation>✓ выбрано</translation>
    </message>
    <message>
        <source>Answers the item with %1 (key %1)</source>
        <translation>Ответ на пункт: %1 (клавиша %1)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>History of the visit of %1 on %2</source>
        <translation>История визита %1 от %2</translation>
    </message>
    <message>
        <source>History of %1 %2</source>
        <translation>История: %1 %2</translation>
    </message>
    <message>
        <source>Every change is recorded here and can never be edited or deleted. Times are UTC.</source>
        <translation>Здесь записано каждое изменение; записи нельзя изменить или удалить. Время указано в UTC.</translation>
    </message>
    <message>
        <source>Shows only the changes holding the words typed</source>
        <translation>Показывает только изменения, содержащие введённые слова</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Filter: a name, an item, a value, a reason…</source>
        <translation>Фильтр: имя, пункт, значение, причина…</translation>
    </message>
    <message>
        <source>One row per change, newest first: when, who, which record, what was done, the old and new value, why</source>
        <translation>Одна строка на изменение, новые сверху: когда, кто, какая запись, что сделано, прежнее и новое значение, почему</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>No change has been recorded yet.</source>
        <translation>Изменений пока не записано.</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Закрыть это окно</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>database file (default: BEDSIDE_DB, then bedside.sqlite3 in the user data folder)</source>
        <translation>файл базы данных (по умолчанию: BEDSIDE_DB, затем bedside.sqlite3 в папке данных пользователя)</translation>
    </message>
    <message>
        <source>open the app on a separate demo database with synthetic patients</source>
        <translation>открыть приложение на отдельной демонстрационной базе с вымышленными пациентами</translation>
    </message>
    <message>
        <source>show the main window, paint once, print startup_ms and exit</source>
        <translation>показать главное окно, отрисовать его один раз, вывести startup_ms и выйти</translation>
    </message>
    <message>
        <source>ALSFRS-R and MRC muscle grading at the bedside. Without a command, opens the app.</source>
        <translation>ALSFRS-R и оценка силы мышц по шкале MRC у постели больного. Без команды открывает приложение.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>показать версию и выйти</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation>прервано; ничего не изменено</translation>
    </message>
    <message>
        <source>examiner accounts (sign-in protects the database)</source>
        <translation>учётные записи исследователей (вход защищает базу данных)</translation>
    </message>
    <message>
        <source>add an examiner (the first one sets protection up)</source>
        <translation>добавить исследователя (первый включает защиту)</translation>
    </message>
    <message>
        <source>file holding the new examiner&apos;s password (default: typed twice on the terminal; for the first account, BEDSIDE_PASSWORD_FILE when BEDSIDE_USER names it)</source>
        <translation>файл с паролем нового исследователя (по умолчанию: ввод дважды в терминале; для первой учётной записи — BEDSIDE_PASSWORD_FILE, если BEDSIDE_USER указывает на неё)</translation>
    </message>
    <message>
        <source>with the first examiner: encrypt the database (SQLCipher); a new database is created encrypted, an existing one is converted</source>
        <translation>с первым исследователем: зашифровать базу данных (SQLCipher); новая база создаётся зашифрованной, существующая преобразуется</translation>
    </message>
    <message>
        <source>list the examiners</source>
        <translation>список исследователей</translation>
    </message>
    <message>
        <source>a signed-in examiner sets a new password for an examiner (on an encrypted database this gives them their key)</source>
        <translation>вошедший исследователь задаёт новый пароль исследователю (в зашифрованной базе это выдаёт ему ключ)</translation>
    </message>
    <message>
        <source>file holding the new password (default: typed twice on the terminal)</source>
        <translation>файл с новым паролем (по умолчанию: ввод дважды в терминале)</translation>
    </message>
    <message>
        <source>a signed-in examiner removes another examiner&apos;s account (and, when encrypted, their key entry)</source>
        <translation>вошедший исследователь удаляет учётную запись другого исследователя (и, если база зашифрована, его ключ)</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; ничего не изменено</translation>
    </message>
    <message>
        <source>added examiner %1; this database now asks for sign-in</source>
        <translation>исследователь %1 добавлен; теперь база данных требует входа</translation>
    </message>
    <message>
        <source>added examiner %1</source>
        <translation>исследователь %1 добавлен</translation>
    </message>
    <message>
        <source>%1: this database is encrypted already; add examiners without --encrypt</source>
        <translation>%1: база данных уже зашифрована; добавляйте исследователей без --encrypt</translation>
    </message>
    <message>
        <source>created the encrypted database %1 with examiner %2; it asks for sign-in. Its keys file %3 must stay beside it (and is copied with every backup): without it nobody can open the database.</source>
        <translation>создана зашифрованная база данных %1 с исследователем %2; она требует входа. Её файл ключей %3 должен оставаться рядом с ней (он копируется с каждой резервной копией): без него никто не сможет открыть базу.</translation>
    </message>
    <message>
        <source>%1: this database has examiners already; encrypt it with &apos;bedside encrypt&apos; (signed in). Nothing was changed.</source>
        <translation>%1: в базе данных уже есть исследователи; зашифруйте её командой &apos;bedside encrypt&apos; (выполнив вход). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The account was added; the database stays unencrypted.</source>
        <translation>Учётная запись добавлена; база данных остаётся незашифрованной.</translation>
    </message>
    <message>
        <source>%1: this database has no examiner accounts</source>
        <translation>%1: в базе данных нет учётных записей исследователей</translation>
    </message>
    <message>
        <source>new password set for %1</source>
        <translation>новый пароль задан для %1</translation>
    </message>
    <message>
        <source>removed examiner %1</source>
        <translation>исследователь %1 удалён</translation>
    </message>
    <message>
        <source>%1: there is no Bedside database here; check --db or BEDSIDE_DB (nothing was created)</source>
        <translation>%1: здесь нет базы данных Bedside; проверьте --db или BEDSIDE_DB (ничего не создано)</translation>
    </message>
    <message>
        <source>%1; nothing was done</source>
        <translation>%1; ничего не сделано</translation>
    </message>
    <message>
        <source>%1: %2; nothing was done</source>
        <translation>%1: %2; ничего не сделано</translation>
    </message>
    <message>
        <source>-o %1: cannot write: %2; nothing was written</source>
        <translation>-o %1: запись невозможна: %2; ничего не записано</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Файл не записан.</translation>
    </message>
    <message>
        <source>note: %1 is on a read-only medium, so this could not be written to its audit trail</source>
        <translation>примечание: %1 находится на носителе только для чтения, поэтому это не удалось записать в журнал аудита</translation>
    </message>
    <message>
        <source>database file (default: BEDSIDE_DB, then the user data folder)</source>
        <translation>файл базы данных (по умолчанию: BEDSIDE_DB, затем папка данных пользователя)</translation>
    </message>
    <message>
        <source>this database is protected by examiner accounts: set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE (a file holding the password), or run the command in a terminal</source>
        <translation>база данных защищена учётными записями исследователей: задайте BEDSIDE_USER и BEDSIDE_PASSWORD_FILE (файл с паролем) или выполните команду в терминале</translation>
    </message>
    <message>
        <source>Examiner: </source>
        <translation>Исследователь: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>the new password of %1: give it with --new-password-file FILE (BEDSIDE_PASSWORD_FILE is the password of BEDSIDE_USER), or run the command in a terminal</source>
        <translation>новый пароль для %1: укажите его через --new-password-file FILE (BEDSIDE_PASSWORD_FILE — это пароль BEDSIDE_USER) или выполните команду в терминале</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Повторите его: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>пароли не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <source>import visits or events from CSV (all or nothing)</source>
        <translation>импорт визитов или событий из CSV (всё или ничего)</translation>
    </message>
    <message>
        <source>PRO-ACT ALSFRS table (subject_id, Q1_Speech ..., ALSFRS_Delta)</source>
        <translation>таблица ALSFRS из PRO-ACT (subject_id, Q1_Speech ..., ALSFRS_Delta)</translation>
    </message>
    <message>
        <source>with --proact: the date ALSFRS_Delta counts from</source>
        <translation>с --proact: дата, от которой отсчитывается ALSFRS_Delta</translation>
    </message>
    <message>
        <source>export visits (CSV with derived columns) or events</source>
        <translation>экспорт визитов (CSV с расчётными столбцами) или событий</translation>
    </message>
    <message>
        <source>only this patient</source>
        <translation>только этот пациент</translation>
    </message>
    <message>
        <source>write the events file instead</source>
        <translation>записать вместо этого файл событий</translation>
    </message>
    <message>
        <source>no names, identifiers, birth dates or free text; pseudonyms and per-patient date shifts</source>
        <translation>без имён, идентификаторов, дат рождения и свободного текста; псевдонимы и сдвиг дат для каждого пациента</translation>
    </message>
    <message>
        <source>file (default: stdout)</source>
        <translation>файл (по умолчанию: стандартный вывод)</translation>
    </message>
    <message>
        <source>fill the database with synthetic patients</source>
        <translation>заполнить базу данных вымышленными пациентами</translation>
    </message>
    <message>
        <source>mean days between visits (default %(default)s, about 10 visits a patient; 40 gives about 20)</source>
        <translation>среднее число дней между визитами (по умолчанию %(default)s, около 10 визитов на пациента; 40 даёт около 20)</translation>
    </message>
    <message>
        <source>(%1 already there)</source>
        <translation>(%1 уже есть)</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n event(s)</source>
        <translation>
            <numerusform>%1: импортировано %n событие</numerusform>
            <numerusform>%1: импортировано %n события</numerusform>
            <numerusform>%1: импортировано %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were already there (same visit_uid and content)</source>
        <translation>
            <numerusform>%n визит уже был (тот же visit_uid и содержание)</numerusform>
            <numerusform>%n визита уже были (тот же visit_uid и содержание)</numerusform>
            <numerusform>%n визитов уже были (тот же visit_uid и содержание)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2 of %3 (%4 new)</source>
        <translation>%1: импортировано %2 для %3 (новых: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n пациент</numerusform>
            <numerusform>%n пациента</numerusform>
            <numerusform>%n пациентов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2 of %3 (%4 new patients)</source>
        <translation>%1: импортировано %2 для %3 (новых пациентов: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were scored on the original ALSFRS (Q10_Respiratory): R-1 to R-3 imported as not assessed</source>
        <translation>
            <numerusform>%n визит оценён по исходной шкале ALSFRS (Q10_Respiratory): R-1 — R-3 импортированы как не оценённые</numerusform>
            <numerusform>%n визита оценены по исходной шкале ALSFRS (Q10_Respiratory): R-1 — R-3 импортированы как не оценённые</numerusform>
            <numerusform>%n визитов оценены по исходной шкале ALSFRS (Q10_Respiratory): R-1 — R-3 импортированы как не оценённые</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) give a %1 or %2 that is not one of Bedside&apos;s words: kept in their notes as given, recorded as in clinic / by the patient</source>
        <translation>
            <numerusform>в %n визите %1 или %2 не из слов Bedside: сохранено в заметках как есть, записано как «в клинике» / «пациент»</numerusform>
            <numerusform>в %n визитах %1 или %2 не из слов Bedside: сохранено в заметках как есть, записано как «в клинике» / «пациент»</numerusform>
            <numerusform>в %n визитах %1 или %2 не из слов Bedside: сохранено в заметках как есть, записано как «в клинике» / «пациент»</numerusform>
        </translation>
    </message>
    <message>
        <source>name a CSV file to import, or --proact FILE</source>
        <translation>укажите CSV-файл для импорта или --proact FILE</translation>
    </message>
    <message>
        <source>--proact needs --origin-date YYYY-MM-DD (the day ALSFRS_Delta counts from)</source>
        <translation>для --proact нужен --origin-date YYYY-MM-DD (день, от которого отсчитывается ALSFRS_Delta)</translation>
    </message>
    <message>
        <source>--origin-date goes with --proact</source>
        <translation>--origin-date используется вместе с --proact</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; ничего не импортировано</translation>
    </message>
    <message>
        <source>--patient %1: no such patient</source>
        <translation>--patient %1: такого пациента нет</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>Экспорт не записан.</translation>
    </message>
    <message>
        <source>--patients must be at least 1</source>
        <translation>--patients должно быть не меньше 1</translation>
    </message>
    <message>
        <source>--follow-up-days must be at least 3</source>
        <translation>--follow-up-days должно быть не меньше 3</translation>
    </message>
    <message>
        <source>%1: this database holds patients who are not demo data; synthetic patients go only into an empty database or one of demo data (name another with --db). Nothing was changed.</source>
        <translation>%1: в базе данных есть пациенты, не относящиеся к демонстрационным данным; вымышленные пациенты добавляются только в пустую или демонстрационную базу (укажите другую через --db). Ничего не изменено.</translation>
    </message>
    <message>
        <source>added %1 with %2 and %3</source>
        <translation>добавлено: %1, %2 и %3</translation>
    </message>
    <message numerus="yes">
        <source>%n demo patient(s)</source>
        <translation>
            <numerusform>%n демонстрационный пациент</numerusform>
            <numerusform>%n демонстрационных пациента</numerusform>
            <numerusform>%n демонстрационных пациентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypt the database at rest (SQLCipher); a verified unencrypted backup is kept</source>
        <translation>зашифровать базу данных на диске (SQLCipher); проверенная незашифрованная резервная копия сохраняется</translation>
    </message>
    <message>
        <source>encrypted %1: checked record for record against the verified backup. Its keys file %2 must stay beside it (and is copied with every backup): without it nobody can open the database.</source>
        <translation>%1 зашифрована: каждая запись сверена с проверенной резервной копией. Её файл ключей %2 должен оставаться рядом с ней (он копируется с каждой резервной копией): без него никто не сможет открыть базу.</translation>
    </message>
    <message>
        <source>the unencrypted original is kept as %1: it holds patient data in the clear; once the encrypted database works, move it somewhere safe or delete it.</source>
        <translation>незашифрованный оригинал сохранён как %1: в нём данные пациентов в открытом виде; когда зашифрованная база заработает, перенесите его в надёжное место или удалите.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) in %1 are unencrypted; they are rotated away over the next 30 days, or delete them now.</source>
        <translation>
            <numerusform>%n более старая резервная копия в %1 не зашифрована; она будет удалена в течение 30 дней, или удалите её сейчас.</numerusform>
            <numerusform>%n более старые резервные копии в %1 не зашифрованы; они будут удалены в течение 30 дней, или удалите их сейчас.</numerusform>
            <numerusform>%n более старых резервных копий в %1 не зашифрованы; они будут удалены в течение 30 дней, или удалите их сейчас.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot sign in until given a new password: bedside accounts password &apos;%1&apos; (by a signed-in examiner)</source>
        <translation>%1 не сможет войти, пока не получит новый пароль: bedside accounts password &apos;%1&apos; (выполняет вошедший исследователь)</translation>
    </message>
    <message>
        <source>%1: this database is encrypted already; nothing was changed</source>
        <translation>%1: база данных уже зашифрована; ничего не изменено</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2; ничего не изменено</translation>
    </message>
    <message>
        <source>write the PDF summary of one signed visit</source>
        <translation>записать PDF-сводку одного подписанного визита</translation>
    </message>
    <message>
        <source>the patient&apos;s identifier</source>
        <translation>идентификатор пациента</translation>
    </message>
    <message>
        <source>the visit date (default: the latest signed visit)</source>
        <translation>дата визита (по умолчанию: последний подписанный визит)</translation>
    </message>
    <message>
        <source>--visit %1: not a date; give YYYY-MM-DD or &apos;%2&apos;</source>
        <translation>--visit %1: это не дата; укажите YYYY-MM-DD или &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--patient %1: no such patient in %2</source>
        <translation>--patient %1: такого пациента нет в %2</translation>
    </message>
    <message>
        <source>--patient %1: has no signed visit to summarise</source>
        <translation>--patient %1: нет подписанного визита для сводки</translation>
    </message>
    <message>
        <source>--visit %1: %2 has no signed visit on this date (latest visits: %3)</source>
        <translation>--visit %1: у %2 нет подписанного визита на эту дату (последние визиты: %3)</translation>
    </message>
    <message>
        <source>The summary was not written.</source>
        <translation>Сводка не записана.</translation>
    </message>
    <message>
        <source>%1: summary of the visit on %2</source>
        <translation>%1: сводка визита от %2</translation>
    </message>
    <message>
        <source>a consistent, verified backup of the database</source>
        <translation>согласованная, проверенная резервная копия базы данных</translation>
    </message>
    <message>
        <source>the new backup file (default: the backups folder beside the database)</source>
        <translation>файл новой резервной копии (по умолчанию: папка резервных копий рядом с базой)</translation>
    </message>
    <message>
        <source>replace the database with a checked backup; the current database is kept in the backups folder</source>
        <translation>заменить базу данных проверенной резервной копией; текущая база сохраняется в папке резервных копий</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>резервная копия для восстановления</translation>
    </message>
    <message>
        <source>integrity and schema check: says what is wrong and what to do; changes nothing</source>
        <translation>проверка целостности и схемы: сообщает, что не так и что делать; ничего не меняет</translation>
    </message>
    <message>
        <source>%1: there is no database here; name it with --db PATH</source>
        <translation>%1: здесь нет базы данных; укажите её через --db PATH</translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation>резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>backup written and verified: %1</source>
        <translation>резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>%1: no such file; name a backup file</source>
        <translation>%1: такого файла нет; укажите файл резервной копии</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist; check --db or BEDSIDE_DB (nothing was created)</source>
        <translation>%1: папка %2 не существует; проверьте --db или BEDSIDE_DB (ничего не создано)</translation>
    </message>
    <message>
        <source>%1; the database was not changed</source>
        <translation>%1; база данных не изменена</translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation>База данных не изменена.</translation>
    </message>
    <message>
        <source>restored %1 from %2 (checked before and after copying; recorded in its audit trail)</source>
        <translation>%1 восстановлена из %2 (проверено до и после копирования; записано в журнал аудита)</translation>
    </message>
    <message>
        <source>the database it replaced was kept as %1</source>
        <translation>заменённая база данных сохранена как %1</translation>
    </message>
    <message>
        <source>What to do: open it with the newer version of Bedside or, to go back to the newest backup, run: bedside restore &apos;%1&apos;.</source>
        <translation>Что делать: откройте её более новой версией Bedside или, чтобы вернуться к последней резервной копии, выполните: bedside restore &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>What to do: open it with the newer version of Bedside.</source>
        <translation>Что делать: откройте её более новой версией Bedside.</translation>
    </message>
    <message>
        <source>What to do: restore the newest encrypted backup together with its keys file, taken %1 UTC: bedside restore &apos;%2&apos; (signed in; the damaged file is kept aside).</source>
        <translation>Что делать: восстановите последнюю зашифрованную резервную копию вместе с её файлом ключей, сделанную %1 UTC: bedside restore &apos;%2&apos; (выполнив вход; повреждённый файл сохраняется отдельно).</translation>
    </message>
    <message>
        <source>What to do: no good backup was found in %1; keep the file as it is and ask your IT support to recover it.</source>
        <translation>Что делать: исправная резервная копия в %1 не найдена; оставьте файл как есть и попросите ИТ-поддержку восстановить его.</translation>
    </message>
    <message>
        <source>What to do: restore the newest good backup, taken %1 UTC: bedside restore &apos;%2&apos; (the damaged file is kept aside).</source>
        <translation>Что делать: восстановите последнюю исправную резервную копию, сделанную %1 UTC: bedside restore &apos;%2&apos; (повреждённый файл сохраняется отдельно).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>%1: an empty database (no Bedside data yet); nothing to check.</source>
        <translation>%1: пустая база данных (данных Bedside пока нет); проверять нечего.</translation>
    </message>
    <message>
        <source>%1: OK: encrypted, integrity ok, schema version %2, %3.</source>
        <translation>%1: OK: зашифрована, целостность в порядке, версия схемы %2, %3.</translation>
    </message>
    <message>
        <source>%1: OK: integrity ok, schema version %2, %3.</source>
        <translation>%1: OK: целостность в порядке, версия схемы %2, %3.</translation>
    </message>
    <message>
        <source>No backup yet in %1: run &apos;bedside backup&apos;.</source>
        <translation>В %1 пока нет резервных копий: выполните &apos;bedside backup&apos;.</translation>
    </message>
    <message>
        <source>Newest good backup: %1.</source>
        <translation>Последняя исправная резервная копия: %1.</translation>
    </message>
    <message>
        <source>%1: %2; nothing was checked</source>
        <translation>%1: %2; ничего не проверено</translation>
    </message>
    <message>
        <source>the clinic&apos;s wordings of the ALSFRS-R</source>
        <translation>формулировки ALSFRS-R клиники</translation>
    </message>
    <message>
        <source>add a licensed wording of the ALSFRS-R after checking that it words every item and anchor</source>
        <translation>добавить лицензированную формулировку ALSFRS-R, проверив, что в ней есть каждый пункт и каждый ответ</translation>
    </message>
    <message>
        <source>list the wordings added</source>
        <translation>список добавленных формулировок</translation>
    </message>
    <message>
        <source>nothing was added</source>
        <translation>ничего не добавлено</translation>
    </message>
    <message>
        <source>%1: %2; nothing was added</source>
        <translation>%1: %2; ничего не добавлено</translation>
    </message>
    <message>
        <source>%1; nothing was added</source>
        <translation>%1; ничего не добавлено</translation>
    </message>
    <message>
        <source>added the %1 wording: %2 (id %3)</source>
        <translation>добавлена формулировка (%1): %2 (id %3)</translation>
    </message>
    <message>
        <source>the clinic&apos;s PostgreSQL server</source>
        <translation>сервер PostgreSQL клиники</translation>
    </message>
    <message>
        <source>create or upgrade Bedside&apos;s schema on a PostgreSQL database</source>
        <translation>создать или обновить схему Bedside в базе данных PostgreSQL</translation>
    </message>
    <message>
        <source>a libpq connection string or URI; the password from PGPASSFILE/.pgpass or PGPASSWORD; sslmode=verify-full (or require) unless the server is on this computer</source>
        <translation>строка подключения libpq или URI; пароль — из PGPASSFILE/.pgpass или PGPASSWORD; sslmode=verify-full (или require), если сервер не на этом компьютере</translation>
    </message>
    <message>
        <source>%1: Bedside server schema %2, up to date</source>
        <translation>%1: схема сервера Bedside %2, актуальна</translation>
    </message>
    <message>
        <source>%1: Bedside server schema %2 -&gt; %3</source>
        <translation>%1: схема сервера Bedside %2 -&gt; %3</translation>
    </message>
    <message>
        <source>send and receive changes with the clinic server</source>
        <translation>отправить и получить изменения через сервер клиники</translation>
    </message>
    <message>
        <source>the clinic&apos;s PostgreSQL server (a libpq connection string or URI; kept as this database&apos;s server once the sync worked, without a password); default: the database&apos;s server</source>
        <translation>сервер PostgreSQL клиники (строка подключения libpq или URI; после успешной синхронизации сохраняется как сервер этой базы данных, без пароля); по умолчанию: сервер базы данных</translation>
    </message>
    <message>
        <source>list the conflicts between laptops, or resolve one</source>
        <translation>показать конфликты между ноутбуками или разрешить один из них</translation>
    </message>
    <message>
        <source>only this patient&apos;s</source>
        <translation>только этого пациента</translation>
    </message>
    <message>
        <source>resolve one conflict, as listed</source>
        <translation>разрешить один конфликт из списка</translation>
    </message>
    <message>
        <source>as listed: the patient identifier, IDENTIFIER/DATE for visits, the event&apos;s id</source>
        <translation>как в списке: идентификатор пациента, для визитов ИДЕНТИФИКАТОР/ДАТА, идентификатор события</translation>
    </message>
    <message>
        <source>the choice, numbered as listed</source>
        <translation>номер варианта, как в списке</translation>
    </message>
    <message>
        <source>why (kept in the audit trail)</source>
        <translation>причина (сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <source>patients and details conflicts: take this detail from choice N, the others from --choice (repeat it: the details are combined into a new version)</source>
        <translation>конфликты пациентов и данных: взять эти данные из варианта N, остальные из --choice (можно повторить: данные объединяются в новую версию)</translation>
    </message>
    <message>
        <source>integrity problem: %1 %2: %3</source>
        <translation>нарушение целостности: %1 %2: %3</translation>
    </message>
    <message>
        <source>resolve: %1  (%2)</source>
        <translation>разрешить: %1  (%2)</translation>
    </message>
    <message>
        <source>or combine them: add --take DETAIL=N for each detail taken from another choice than --choice, e.g. %1</source>
        <translation>или объедините их: добавьте --take DETAIL=N для каждого поля, взятого не из варианта --choice, например %1</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>конфликтов нет</translation>
    </message>
    <message>
        <source>--take %1: give it as DETAIL=N, e.g. family_name=2</source>
        <translation>--take %1: укажите в виде DETAIL=N, например family_name=2</translation>
    </message>
</context>
<context>
    <name>ClinicSync</name>
    <message>
        <source>No clinic server is set for this database: enter it under Clinic server.</source>
        <translation>Для этой базы данных не задан сервер клиники: укажите его в поле «Сервер клиники».</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>Сервер клиники</translation>
    </message>
    <message>
        <source>The clinic server %1 asks for a password:</source>
        <translation>Сервер клиники %1 запрашивает пароль:</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflicts.</source>
        <translation>Синхронизировано: отправлено %1, получено %2, конфликтов %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n integrity problem(s): see File &gt; Conflicts.</source>
        <translation>
            <numerusform>%n нарушение целостности: см. Файл &gt; Конфликты.</numerusform>
            <numerusform>%n нарушения целостности: см. Файл &gt; Конфликты.</numerusform>
            <numerusform>%n нарушений целостности: см. Файл &gt; Конфликты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Не синхронизировано: %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>синхронизация…</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>синхронизировано %1</translation>
    </message>
    <message numerus="yes">
        <source>offline: %n visit(s) waiting</source>
        <translation>
            <numerusform>нет связи: %n визит ожидает отправки</numerusform>
            <numerusform>нет связи: %n визита ожидают отправки</numerusform>
            <numerusform>нет связи: %n визитов ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integrity problem(s)</source>
        <translation>
            <numerusform>%n нарушение целостности</numerusform>
            <numerusform>%n нарушения целостности</numerusform>
            <numerusform>%n нарушений целостности</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 мин назад</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 ч назад</translation>
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
        <translation>Конфликты между ноутбуками</translation>
    </message>
    <message>
        <source>Why (required; kept in the audit trail)</source>
        <translation>Причина (обязательно; сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Разрешить</translation>
    </message>
    <message>
        <source>No conflicts: every laptop&apos;s records agree.</source>
        <translation>Конфликтов нет: записи всех ноутбуков совпадают.</translation>
    </message>
    <message>
        <source>Integrity problems (the same id arrived with other content; refused, never merged; tell whoever runs the clinic server):</source>
        <translation>Нарушения целостности (тот же идентификатор пришёл с другим содержимым; отклонено, никогда не объединяется; сообщите администратору сервера клиники):</translation>
    </message>
    <message>
        <source>Choosing one: %1.</source>
        <translation>Выбор одного варианта: %1.</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Вариант %1</translation>
    </message>
    <message>
        <source>Combine them: each detail from the version chosen below</source>
        <translation>Объединить: каждое поле из версии, выбранной ниже</translation>
    </message>
    <message>
        <source>Not resolved: the password was not confirmed.</source>
        <translation>Не разрешено: пароль не подтверждён.</translation>
    </message>
    <message>
        <source>Not resolved: %1. Nothing was changed.</source>
        <translation>Не разрешено: %1. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Set up examiner accounts</source>
        <translation>Настройка учётных записей исследователей</translation>
    </message>
    <message>
        <source>Add an examiner</source>
        <translation>Добавить исследователя</translation>
    </message>
    <message numerus="yes">
        <source>Once this database has an account, the app and every command ask for sign-in. Passwords have at least %n characters.</source>
        <translation>
            <numerusform>Когда в базе данных появится учётная запись, приложение и все команды будут требовать вход. Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Когда в базе данных появится учётная запись, приложение и все команды будут требовать вход. Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Когда в базе данных появится учётная запись, приложение и все команды будут требовать вход. Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt the database file</source>
        <translation>Зашифровать файл базы данных</translation>
    </message>
    <message>
        <source>Without a signed-in examiner it cannot be read at all (a copy of the unencrypted file is kept in the backups folder).</source>
        <translation>Без вошедшего исследователя его невозможно прочитать (копия незашифрованного файла сохраняется в папке резервных копий).</translation>
    </message>
    <message>
        <source>Encrypt the database with this account&apos;s key</source>
        <translation>Зашифровать базу данных ключом этой учётной записи</translation>
    </message>
    <message>
        <source>The new examiner&apos;s name, as it signs visits</source>
        <translation>Имя нового исследователя, которым он подписывает визиты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Не менее %n символа</numerusform>
            <numerusform>Не менее %n символов</numerusform>
            <numerusform>Не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Тот же пароль ещё раз</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <source>Create the examiner&apos;s account</source>
        <translation>Создать учётную запись исследователя</translation>
    </message>
    <message>
        <source>Close; no account is made</source>
        <translation>Закрыть; учётная запись не создаётся</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>DOMAIN</name>
    <message>
        <source>I performed this examination and attest that the recorded scores are accurate.</source>
        <translation>Я провёл(а) это обследование и подтверждаю, что записанные оценки верны.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <source>choose the kind</source>
        <translation>выберите вид</translation>
    </message>
    <message>
        <source>e.g. MSC transplantation, intrathecal</source>
        <translation>например, трансплантация МСК, интратекально</translation>
    </message>
    <message>
        <source>Hours a day of non-invasive ventilation, more than 0 and at most 24</source>
        <translation>Часов неинвазивной вентиляции в сутки: больше 0 и не более 24</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>What happened: gastrostomy, NIV, a medication, a procedure, death or other</source>
        <translation>Что произошло: гастростома, НИВЛ, препарат, процедура, смерть или другое</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>A few words: the drug, the procedure (optional)</source>
        <translation>Несколько слов: препарат, процедура (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Hours a day</source>
        <translation>&amp;Часов в сутки</translation>
    </message>
    <message>
        <source>the drug&apos;s name (required)</source>
        <translation>название препарата (обязательно)</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>нужна дата</translation>
    </message>
    <message>
        <source>choose the kind of event</source>
        <translation>выберите вид события</translation>
    </message>
    <message>
        <source>name the drug</source>
        <translation>укажите препарат</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>One row per event: date, kind, label; Enter changes it, Delete deletes it</source>
        <translation>Одна строка на событие: дата, вид, описание; Enter — изменить, Delete — удалить</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+Shift+E)</source>
        <translation>Добавить событие (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Change the event chosen in the list</source>
        <translation>Изменить событие, выбранное в списке</translation>
    </message>
    <message>
        <source>Delete the event chosen in the list; asks for a reason</source>
        <translation>Удалить событие, выбранное в списке; спросит причину</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <source>Delete “%1” of %2? The deletion is recorded in the audit log.
Reason (required):</source>
        <translation>Удалить «%1» от %2? Удаление записывается в журнал аудита.
Причина (обязательно):</translation>
    </message>
    <message>
        <source>Nothing was deleted: a reason is required.</source>
        <translation>Ничего не удалено: нужна причина.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>CSV: one row per visit, with derived columns</source>
        <translation>CSV: одна строка на визит, с расчётными столбцами</translation>
    </message>
    <message>
        <source>FHIR R4 bundle (JSON)</source>
        <translation>Пакет FHIR R4 (JSON)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Все пациенты</translation>
    </message>
    <message>
        <source>One patient:</source>
        <translation>Один пациент:</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <source>De-identify</source>
        <translation>Обезличить</translation>
    </message>
    <message>
        <source>No names, identifiers, birth dates (age at each visit instead, 90 and over as 90+) or free text; each patient gets a stable pseudonym and all their dates move by the same number of days, so intervals stay true.</source>
        <translation>Без имён, идентификаторов, дат рождения (вместо них возраст на каждом визите, 90 и старше как 90+) и свободного текста; каждый пациент получает постоянный псевдоним, а все его даты сдвигаются на одно и то же число дней, так что интервалы сохраняются.</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>файл для записи</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <source>CSV: a spreadsheet-ready table; FHIR: for another clinical system</source>
        <translation>CSV: таблица для электронных таблиц; FHIR: для другой клинической системы</translation>
    </message>
    <message>
        <source>The patient to export</source>
        <translation>Пациент для экспорта</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Export every patient of the database</source>
        <translation>Экспортировать всех пациентов базы данных</translation>
    </message>
    <message>
        <source>Export only the patient chosen beside</source>
        <translation>Экспортировать только пациента, выбранного рядом</translation>
    </message>
    <message>
        <source>Events file instead of visits</source>
        <translation>Файл событий вместо визитов</translation>
    </message>
    <message>
        <source>Write the events (interventions and milestones) instead of the visits</source>
        <translation>Записать события (вмешательства и вехи) вместо визитов</translation>
    </message>
    <message>
        <source>The file the export is written to</source>
        <translation>Файл, в который записывается экспорт</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Выбрать файл для записи</translation>
    </message>
    <message>
        <source>Write the export</source>
        <translation>Записать экспорт</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Закрыть это окно</translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation>Пакет FHIR (*.json)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>Choose where to save the export first (Choose…).</source>
        <translation>Сначала выберите, куда сохранить экспорт (Выбрать…).</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Запись экспорта…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was written.</source>
        <translation>Экспорт не удался: %1. Ничего не записано.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written; choose another place.</source>
        <translation>Не удалось записать %1: %2. Ничего не записано; выберите другое место.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n пациент</numerusform>
            <numerusform>%n пациента</numerusform>
            <numerusform>%n пациентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) of %1 to %2.</source>
        <translation>
            <numerusform>Записано %n событие (%1) в %2.</numerusform>
            <numerusform>Записано %n события (%1) в %2.</numerusform>
            <numerusform>Записано %n событий (%1) в %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n visit(s) of %1 to %2.</source>
        <translation>
            <numerusform>Записан %n визит (%1) в %2.</numerusform>
            <numerusform>Записано %n визита (%1) в %2.</numerusform>
            <numerusform>Записано %n визитов (%1) в %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identified: pseudonyms, shifted dates, no names.</source>
        <translation>Обезличено: псевдонимы, сдвинутые даты, без имён.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Switch between item 5a (without gastrostomy) and 5b (with gastrostomy) (G)</source>
        <translation>Переключить пункт 5a (без гастростомы) и 5b (с гастростомой) (G)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Back to the previous item (Backspace or ←)</source>
        <translation>Назад к предыдущему пункту (Backspace или ←)</translation>
    </message>
    <message>
        <source>Not assessed… (N)</source>
        <translation>Не оценено… (N)</translation>
    </message>
    <message>
        <source>Mark this item not assessed, with a reason (N)</source>
        <translation>Отметить пункт как не оценённый, с причиной (N)</translation>
    </message>
    <message>
        <source>Skip →</source>
        <translation>Пропустить →</translation>
    </message>
    <message>
        <source>On to the next item without an answer (→)</source>
        <translation>К следующему пункту без ответа (→)</translation>
    </message>
    <message>
        <source>Review (R)</source>
        <translation>Проверка (R)</translation>
    </message>
    <message>
        <source>Review every answer before signing (R)</source>
        <translation>Проверить все ответы перед подписью (R)</translation>
    </message>
    <message>
        <source>Keys: 0-4 answer and go on · Backspace or ← back · → skip · N not assessed, then the reason&apos;s number · R review</source>
        <translation>Клавиши: 0-4 — ответ и далее · Backspace или ← — назад · → — пропустить · N — не оценено, затем номер причины · R — проверка</translation>
    </message>
    <message>
        <source>ALSFRS-R · item %1 of %2</source>
        <translation>ALSFRS-R · пункт %1 из %2</translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation>Не оценено: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Why was item %1 not assessed? (1-4, or type a reason)</source>
        <translation>Почему пункт %1 не оценён? (1-4 или введите причину)</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Bedside is locked</source>
        <translation>Bedside заблокирован</translation>
    </message>
    <message>
        <source>Locked after inactivity. Sign in to continue; a visit in progress is kept as it was.</source>
        <translation>Заблокировано из-за бездействия. Войдите, чтобы продолжить; начатый визит сохранён как был.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Sign in again and go on where you were (Enter)</source>
        <translation>Войти снова и продолжить с того же места (Enter)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Set up accounts…</source>
        <translation>Настроить учётные записи…</translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation> (демонстрационные данные)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>The database is being opened and checked; the patients appear in the list in a moment.</source>
        <translation>База данных открывается и проверяется; пациенты появятся в списке через мгновение.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Базу данных невозможно открыть.</translation>
    </message>
    <message>
        <source>Choose a patient from the list (Ctrl+F to search, arrows and Enter to open), or add one with Ctrl+Shift+N.</source>
        <translation>Выберите пациента в списке (Ctrl+F — поиск, стрелки и Enter — открыть) или добавьте нового: Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>This database has no examiner accounts: anyone using this computer can open it. Set up accounts so that every visit is signed by a signed-in examiner.</source>
        <translation>В этой базе данных нет учётных записей исследователей: её может открыть любой, кто пользуется этим компьютером. Настройте учётные записи, чтобы каждый визит подписывал вошедший исследователь.</translation>
    </message>
    <message>
        <source>Examiner account added.</source>
        <translation>Учётная запись исследователя добавлена.</translation>
    </message>
    <message>
        <source>Patient %1 added.</source>
        <translation>Пациент %1 добавлен.</translation>
    </message>
    <message>
        <source>Resume an unsigned visit?</source>
        <translation>Продолжить неподписанный визит?</translation>
    </message>
    <message>
        <source>A visit of %1 (%2) dated %3 was being entered and is not signed. Everything entered so far is saved.

Resume it now (Enter)?</source>
        <translation>Визит пациента %1 (%2) от %3 вводился и не подписан. Всё введённое сохранено.

Продолжить сейчас (Enter)?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message numerus="yes">
        <source>%n more unsigned visit(s) are listed as drafts in their patients&apos; visit history.</source>
        <translation>
            <numerusform>Ещё %n неподписанный визит указан как черновик в истории визитов пациента.</numerusform>
            <numerusform>Ещё %n неподписанных визита указаны как черновики в истории визитов пациентов.</numerusform>
            <numerusform>Ещё %n неподписанных визитов указаны как черновики в истории визитов пациентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Новый пациент…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>E&amp;xaminer accounts…</source>
        <translation>&amp;Учётные записи исследователей…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>С&amp;инхронизировать сейчас</translation>
    </message>
    <message>
        <source>Send and receive with the clinic server now</source>
        <translation>Отправить и получить данные с сервера клиники сейчас</translation>
    </message>
    <message>
        <source>Co&amp;nflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>П&amp;ациент</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Найти пациента</translation>
    </message>
    <message>
        <source>New &amp;visit</source>
        <translation>Новый &amp;визит</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Изменить данные пациента…</translation>
    </message>
    <message>
        <source>Add e&amp;vent…</source>
        <translation>Добавить &amp;событие…</translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;История изменений…</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Визит</translation>
    </message>
    <message>
        <source>&amp;Close visit (a draft stays saved)</source>
        <translation>&amp;Закрыть визит (черновик остаётся сохранённым)</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Удалить черновик…</translation>
    </message>
    <message>
        <source>&amp;Amend signed visit…</source>
        <translation>&amp;Исправить подписанный визит…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Bedside</source>
        <translation>&amp;О программе Bedside</translation>
    </message>
    <message>
        <source>The printed visit summary is not part of this build.</source>
        <translation>Печатная сводка визита не входит в эту сборку.</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Сначала откройте пациента.</translation>
    </message>
    <message>
        <source>Save &amp;PDF (visit of %1)…</source>
        <translation>Сохранить &amp;PDF (визит от %1)…</translation>
    </message>
    <message>
        <source>P&amp;rint (visit of %1)…</source>
        <translation>&amp;Печать (визит от %1)…</translation>
    </message>
    <message>
        <source>(being opened)</source>
        <translation>(открывается)</translation>
    </message>
    <message>
        <source>About Bedside</source>
        <translation>О программе Bedside</translation>
    </message>
    <message>
        <source>Bedside %1

ALSFRS-R and MRC muscle grading at the bedside, with trends and a printed visit summary.

Database: %2</source>
        <translation>Bedside %1

ALSFRS-R и оценка силы мышц по шкале MRC у постели больного, с динамикой и печатной сводкой визита.

База данных: %2</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Breathing and weight</source>
        <translation>Дыхание и вес</translation>
    </message>
    <message>
        <source>&amp;FVC, L</source>
        <translation>&amp;ФЖЕЛ, L</translation>
    </message>
    <message>
        <source>&amp;SVC, L</source>
        <translation>&amp;ЖЕЛ, L</translation>
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
        <translation>Пиковый поток &amp;кашля, L/min</translation>
    </message>
    <message>
        <source>&amp;Weight, kg</source>
        <translation>&amp;Вес, kg</translation>
    </message>
    <message>
        <source>&amp;Height, cm</source>
        <translation>&amp;Рост, cm</translation>
    </message>
    <message>
        <source>the best of the trials</source>
        <translation>лучшая из попыток</translation>
    </message>
    <message>
        <source>the pressure&apos;s size, without a minus sign</source>
        <translation>величина давления, без знака минус</translation>
    </message>
    <message>
        <source>The position the vital capacities were measured in</source>
        <translation>Положение, в котором измерялась жизненная ёмкость</translation>
    </message>
    <message>
        <source>How the ALSFRS-R was taken: in clinic, by telephone, by video or self-administered</source>
        <translation>Как проведена ALSFRS-R: в клинике, по телефону, по видеосвязи или самостоятельно</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Допустимо: %1</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Положение</translation>
    </message>
    <message>
        <source>&amp;answered by</source>
        <translation>&amp;отвечал(а)</translation>
    </message>
    <message>
        <source>Who answered the ALSFRS-R: the patient or a caregiver</source>
        <translation>Кто отвечал на ALSFRS-R: пациент или ухаживающий</translation>
    </message>
    <message>
        <source>ALSFRS-R answered by</source>
        <translation>На ALSFRS-R отвечал(а)</translation>
    </message>
    <message>
        <source>ALSFRS-R &amp;taken</source>
        <translation>ALSFRS-R &amp;проведена</translation>
    </message>
    <message>
        <source>Keys: digits, &apos;.&apos; or &apos;,&apos; · Enter or Tab: next · Shift+Tab: back a field · empty: not measured · Ctrl+Enter: continue · Esc: back</source>
        <translation>Клавиши: цифры, &apos;.&apos; или &apos;,&apos; · Enter или Tab: далее · Shift+Tab: к предыдущему полю · пусто: не измерялось · Ctrl+Enter: продолжить · Esc: назад</translation>
    </message>
    <message>
        <source>← Back (Esc)</source>
        <translation>← Назад (Esc)</translation>
    </message>
    <message>
        <source>Back to the page before; the values stay</source>
        <translation>Назад на предыдущую страницу; значения сохраняются</translation>
    </message>
    <message>
        <source>Continue (Ctrl+Enter)</source>
        <translation>Продолжить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>On to the ALSFRS-R items, or the review</source>
        <translation>Дальше к пунктам ALSFRS-R или к проверке</translation>
    </message>
    <message>
        <source>Interventions on this date: %1</source>
        <translation>Вмешательства на эту дату: %1</translation>
    </message>
    <message>
        <source>none recorded (add them under Events)</source>
        <translation>не записаны (добавьте их в «Событиях»)</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>ИМТ %1</translation>
    </message>
    <message>
        <source>%1% from before the illness</source>
        <translation>%1% от веса до болезни</translation>
    </message>
    <message>
        <source>%1 cm is used (measured before)</source>
        <translation>используется %1 cm (измерено ранее)</translation>
    </message>
    <message>
        <source>last %1 on %2</source>
        <translation>последнее: %1 от %2</translation>
    </message>
    <message>
        <source>no % predicted: %1</source>
        <translation>нет % от должного: %1</translation>
    </message>
    <message>
        <source>%1% of predicted (%3), z %2</source>
        <translation>%1% от должного (%3), z %2</translation>
    </message>
</context>
<context>
    <name>MeasuresTrendPanel</name>
    <message>
        <source>Vital capacity (% of predicted) and weight at each signed visit, with the patient&apos;s events marked</source>
        <translation>Жизненная ёмкость (% от должного) и вес на каждом подписанном визите, с отмеченными событиями пациента</translation>
    </message>
    <message>
        <source>Breathing and weight plot</source>
        <translation>График дыхания и веса</translation>
    </message>
    <message>
        <source>Vital capacity, % of predicted</source>
        <translation>Жизненная ёмкость, % от должного</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Вес, kg</translation>
    </message>
    <message>
        <source>FVC</source>
        <translation>ФЖЕЛ</translation>
    </message>
    <message>
        <source>SVC</source>
        <translation>ЖЕЛ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>before the illness %1 kg</source>
        <translation>до болезни %1 kg</translation>
    </message>
    <message>
        <source>% of predicted: %1 (the clinic&apos;s setting).</source>
        <translation>% от должного: %1 (настройка клиники).</translation>
    </message>
    <message>
        <source>No vital capacity or weight recorded yet: they are entered with a visit (tick Breathing, weight on its start page).</source>
        <translation>Жизненная ёмкость и вес ещё не записаны: их вводят при визите (отметьте «Дыхание, вес» на его первой странице).</translation>
    </message>
    <message>
        <source>Not plotted: %1.</source>
        <translation>Не на графике: %1.</translation>
    </message>
</context>
<context>
    <name>MrcPage</name>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Back to the last ALSFRS-R item or the start page</source>
        <translation>Назад к последнему пункту ALSFRS-R или на начальную страницу</translation>
    </message>
    <message>
        <source>Continue to review (Ctrl+Enter)</source>
        <translation>Перейти к проверке (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Review the visit before signing (Ctrl+Enter)</source>
        <translation>Проверить визит перед подписью (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear the chosen cell&apos;s grade (Delete)</source>
        <translation>Очистить оценку выбранной ячейки (Delete)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Without side</source>
        <translation>Без стороны</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>MRC muscle grading · %1</source>
        <translation>Оценка силы мышц MRC · %1</translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation>%1, слева</translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation>%1, справа</translation>
    </message>
    <message>
        <source>(%1 not tested)</source>
        <translation>(не проверено: %1)</translation>
    </message>
    <message>
        <source>%1 is not an MRC grade (use 5-, 4+, 4-, 3+ or 3-).</source>
        <translation>%1 не является оценкой MRC (используйте 5-, 4+, 4-, 3+ или 3-).</translation>
    </message>
    <message>
        <source>%1: why was it not tested? (1-%2)</source>
        <translation>%1: почему не проверено? (1-%2)</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>ещё не оценено</translation>
    </message>
    <message>
        <source>One row per muscle, Left and Right: keys 0-5 grade the chosen cell, + or - refine it, N marks it not tested</source>
        <translation>Одна строка на мышцу, слева и справа: клавиши 0-5 оценивают выбранную ячейку, + или - уточняют, N отмечает «не проверено»</translation>
    </message>
    <message>
        <source>MRC grades</source>
        <translation>Оценки MRC</translation>
    </message>
    <message>
        <source>Keys: 0-5 grade and move on · then + or - refines (4 then - = 4-) · N not tested, then the reason&apos;s number · Delete clears · arrows and Tab move · Ctrl+Enter review</source>
        <translation>Клавиши: 0-5 — оценка и далее · затем + или - уточняет (4, затем - = 4-) · N — не проверено, затем номер причины · Delete — очистить · стрелки и Tab — перемещение · Ctrl+Enter — проверка</translation>
    </message>
    <message>
        <source>%1 of %2 cells entered</source>
        <translation>введено ячеек: %1 из %2</translation>
    </message>
    <message>
        <source>Type a grade 0-5 first, then + or -.</source>
        <translation>Сначала введите оценку 0-5, затем + или -.</translation>
    </message>
</context>
<context>
    <name>MrcTrendPanel</name>
    <message>
        <source>MRC grades plot</source>
        <translation>График оценок MRC</translation>
    </message>
    <message>
        <source>Each muscle&apos;s MRC grade at each visit as a coloured cell, and the MRC sum beneath. Tick &apos;Grades as a table&apos; to read the same grades as a table.</source>
        <translation>Оценка MRC каждой мышцы на каждом визите — цветная ячейка, под ней сумма MRC. Отметьте «Оценки таблицей», чтобы прочитать те же оценки в виде таблицы.</translation>
    </message>
    <message>
        <source>MRC grades table</source>
        <translation>Таблица оценок MRC</translation>
    </message>
    <message>
        <source>One row per muscle, one column per visit; the last row is the MRC sum.</source>
        <translation>Одна строка на мышцу, один столбец на визит; последняя строка — сумма MRC.</translation>
    </message>
    <message>
        <source>Grades as a table</source>
        <translation>Оценки таблицей</translation>
    </message>
    <message>
        <source>The same grades as the plot, as text</source>
        <translation>Те же оценки, что на графике, в виде текста</translation>
    </message>
    <message>
        <source>MRC grade</source>
        <translation>Оценка MRC</translation>
    </message>
    <message>
        <source>MRC sum</source>
        <translation>Сумма MRC</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>No MRC grades recorded for this patient yet.</source>
        <translation>У этого пациента пока нет оценок MRC.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) with MRC grades. Latest MRC sum %1 (%2 not tested). Blank cells: not tested or not in that visit&apos;s protocol; dashed line: the maximum over the muscles tested.</source>
        <translation>
            <numerusform>%n визит с оценками MRC. Последняя сумма MRC %1 (не проверено: %2). Пустые ячейки: не проверено или нет в протоколе этого визита; штриховая линия: максимум по проверенным мышцам.</numerusform>
            <numerusform>%n визита с оценками MRC. Последняя сумма MRC %1 (не проверено: %2). Пустые ячейки: не проверено или нет в протоколе этого визита; штриховая линия: максимум по проверенным мышцам.</numerusform>
            <numerusform>%n визитов с оценками MRC. Последняя сумма MRC %1 (не проверено: %2). Пустые ячейки: не проверено или нет в протоколе этого визита; штриховая линия: максимум по проверенным мышцам.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OPERATIONS</name>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: невозможно прочитать (%2)</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: это не обычный файл</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes: not a wording file</source>
        <translation>%1: больше %2 байт: это не файл формулировки</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text (byte %2)</source>
        <translation>%1: это не текст UTF-8 (байт %2)</translation>
    </message>
    <message>
        <source>the wording %1 this visit was entered in is not in this database</source>
        <translation>формулировки %1, в которой введён этот визит, нет в этой базе данных</translation>
    </message>
    <message numerus="yes">
        <source>one identifier, %n patient record(s) created on different laptops</source>
        <translation>
            <numerusform>один идентификатор, %n запись о пациенте с разных ноутбуков</numerusform>
            <numerusform>один идентификатор, %n записи о пациенте с разных ноутбуков</numerusform>
            <numerusform>один идентификатор, %n записей о пациенте с разных ноутбуков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the patient&apos;s details were changed on %n laptop(s)</source>
        <translation>
            <numerusform>данные пациента изменены на %n ноутбуке</numerusform>
            <numerusform>данные пациента изменены на %n ноутбуках</numerusform>
            <numerusform>данные пациента изменены на %n ноутбуках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed visit(s) on one date</source>
        <translation>
            <numerusform>%n подписанный визит на одну дату</numerusform>
            <numerusform>%n подписанных визита на одну дату</numerusform>
            <numerusform>%n подписанных визитов на одну дату</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an event was changed on %n laptop(s)</source>
        <translation>
            <numerusform>событие изменено на %n ноутбуке</numerusform>
            <numerusform>событие изменено на %n ноутбуках</numerusform>
            <numerusform>событие изменено на %n ноутбуках</numerusform>
        </translation>
    </message>
    <message>
        <source>merge the records into one patient (every visit and event of each is kept), with the details of the record chosen</source>
        <translation>объединить записи в одного пациента (все визиты и события каждой записи сохраняются) с данными выбранной записи</translation>
    </message>
    <message>
        <source>keep the details chosen (the others stay in the history)</source>
        <translation>оставить выбранные данные (остальные сохраняются в истории)</translation>
    </message>
    <message>
        <source>the visit chosen is entered in error: withdrawn from the record, kept readable</source>
        <translation>выбранный визит отмечается как внесённый ошибочно: исключается из карты, но остаётся доступным для чтения</translation>
    </message>
    <message>
        <source>keep the event as the version chosen has it</source>
        <translation>оставить событие в выбранной версии</translation>
    </message>
    <message>
        <source>integrity problem (%1, %2): %3 %4: %5</source>
        <translation>нарушение целостности (%1, %2): %3 %4: %5</translation>
    </message>
    <message>
        <source>%1, event %2</source>
        <translation>%1, событие %2</translation>
    </message>
    <message>
        <source>deleted (%1)</source>
        <translation>удалено (%1)</translation>
    </message>
    <message>
        <source>%1; recorded by %2 at %3</source>
        <translation>%1; записал(а) %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>заметки: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>дата рождения %1</translation>
    </message>
    <message>
        <source>onset %1 (%2)</source>
        <translation>начало заболевания %1 (%2)</translation>
    </message>
    <message>
        <source>diagnosed %1</source>
        <translation>диагноз установлен %1</translation>
    </message>
    <message>
        <source>(recorded by %1 at %2)</source>
        <translation>(записал(а) %1, %2)</translation>
    </message>
    <message>
        <source>ALSFRS-R total %1</source>
        <translation>сумма ALSFRS-R %1</translation>
    </message>
    <message>
        <source>ALSFRS-R %1 of 12 items</source>
        <translation>ALSFRS-R: %1 из 12 пунктов</translation>
    </message>
    <message>
        <source>MRC sum %1</source>
        <translation>сумма MRC %1</translation>
    </message>
    <message>
        <source>examiner %1; %2; signed by %3 at %4</source>
        <translation>исследователь %1; %2; подписал(а) %3, %4</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(версия %1)</translation>
    </message>
    <message>
        <source>resolving a conflict needs a reason (it is kept in the audit trail)</source>
        <translation>для разрешения конфликта нужна причина (она сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <source>there is no %1 conflict %2 (resolved already, or mistyped); `bedside conflicts` lists them</source>
        <translation>конфликта %1 %2 нет (уже разрешён или опечатка); список выводит `bedside conflicts`</translation>
    </message>
    <message>
        <source>choice %1: there are %2 to choose from (1-%2)</source>
        <translation>вариант %1: вариантов для выбора %2 (1-%2)</translation>
    </message>
    <message>
        <source>%1: %2 patient records merged into one</source>
        <translation>%1: записи пациента (%2) объединены в одну</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>совмещённые</translation>
    </message>
    <message>
        <source>choice %1</source>
        <translation>вариант %1</translation>
    </message>
    <message>
        <source>%1: details kept (%2)</source>
        <translation>%1: данные сохранены (%2)</translation>
    </message>
    <message>
        <source>%1: the visit of %2 signed by %3 was entered in error</source>
        <translation>%1: визит от %2, подписанный %3, отмечен как внесённый ошибочно</translation>
    </message>
    <message>
        <source>%1: event %2 kept as version %3</source>
        <translation>%1: событие %2 сохранено в версии %3</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>date of onset</source>
        <translation>дата начала заболевания</translation>
    </message>
    <message>
        <source>region of onset</source>
        <translation>область начала</translation>
    </message>
    <message>
        <source>date of diagnosis</source>
        <translation>дата диагноза</translation>
    </message>
    <message>
        <source>weight before the illness (kg)</source>
        <translation>вес до болезни (кг)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <source>%1 is not a detail of a patient (the details: %2)</source>
        <translation>%1 не является полем данных пациента (поля: %2)</translation>
    </message>
    <message>
        <source>a %1 conflict is resolved by a choice, not by combining details</source>
        <translation>конфликт %1 разрешается выбором варианта, а не объединением данных</translation>
    </message>
    <message>
        <source>sent %1, received %2, conflicts %3</source>
        <translation>отправлено %1, получено %2, конфликтов %3</translation>
    </message>
    <message>
        <source>, integrity problems %1</source>
        <translation>, нарушений целостности %1</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>Новый пациент</translation>
    </message>
    <message>
        <source>Edit patient %1</source>
        <translation>Данные пациента %1</translation>
    </message>
    <message>
        <source>What the patient weighed before the illness began, in kg: weight changes are given against it</source>
        <translation>Вес пациента до начала болезни, в kg: изменения веса считаются от него</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>&amp;Идентификатор</translation>
    </message>
    <message>
        <source>The clinic&apos;s identifier of the patient (required)</source>
        <translation>Идентификатор пациента в клинике (обязательно)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>As in the patient&apos;s documents</source>
        <translation>Как в документах пациента</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>И&amp;мя</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>Female, male, other or unknown</source>
        <translation>Женский, мужской, другой или неизвестно</translation>
    </message>
    <message>
        <source>&amp;Onset of symptoms</source>
        <translation>&amp;Начало симптомов</translation>
    </message>
    <message>
        <source>Onset &amp;region</source>
        <translation>&amp;Регион начала</translation>
    </message>
    <message>
        <source>Where the first symptoms were: bulbar, upper or lower limb, respiratory, generalized</source>
        <translation>Где появились первые симптомы: бульбарные, верхняя или нижняя конечность, дыхательные, генерализованные</translation>
    </message>
    <message>
        <source>&amp;Diagnosis date</source>
        <translation>Дата &amp;диагноза</translation>
    </message>
    <message>
        <source>&amp;Weight before the illness (kg)</source>
        <translation>&amp;Вес до болезни (kg)</translation>
    </message>
    <message>
        <source>The identifier cannot be changed</source>
        <translation>Идентификатор нельзя изменить</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Disease duration</source>
        <translation>Длительность болезни</translation>
    </message>
    <message>
        <source>Time since symptom onset</source>
        <translation>Время от начала симптомов</translation>
    </message>
    <message>
        <source>Latest ALSFRS-R</source>
        <translation>Последний ALSFRS-R</translation>
    </message>
    <message>
        <source>Total of the newest complete ALSFRS-R (0-%1, %1 = normal)</source>
        <translation>Сумма последнего полного ALSFRS-R (0-%1, %1 = норма)</translation>
    </message>
    <message>
        <source>ΔFS</source>
        <translation>ΔFS</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Наклон</translation>
    </message>
    <message>
        <source>King&apos;s stage</source>
        <translation>Стадия King&apos;s</translation>
    </message>
    <message>
        <source>MiToS stage</source>
        <translation>Стадия MiToS</translation>
    </message>
    <message>
        <source>onset region unknown</source>
        <translation>регион начала неизвестен</translation>
    </message>
    <message>
        <source>%1 onset</source>
        <translation>начало: %1</translation>
    </message>
    <message>
        <source>diagnosed %1</source>
        <translation>диагноз %1</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>умер(ла) %1</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 г.</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>дата рождения неизвестна</translation>
    </message>
    <message>
        <source>onset unknown</source>
        <translation>начало неизвестно</translation>
    </message>
    <message>
        <source>no complete visit</source>
        <translation>нет полного визита</translation>
    </message>
    <message>
        <source>%1 lost/month</source>
        <translation>%1 потеряно/мес.</translation>
    </message>
    <message>
        <source>needs onset date</source>
        <translation>нужна дата начала</translation>
    </message>
    <message>
        <source>%1 /month</source>
        <translation>%1 /мес.</translation>
    </message>
    <message>
        <source>needs 2 complete visits a month apart</source>
        <translation>нужны 2 полных визита с интервалом в месяц</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>не рассчитано</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний
визит</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>дата рождения %1</translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>Search name or identifier (Ctrl+F)</source>
        <translation>Поиск по имени или идентификатору (Ctrl+F)</translation>
    </message>
    <message>
        <source>Narrows the list as you type: any part of a name or identifier, in any order; Down goes into the list</source>
        <translation>Сужает список по мере ввода: любая часть имени или идентификатора, в любом порядке; стрелка вниз — в список</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Поиск пациентов</translation>
    </message>
    <message>
        <source>One row per patient: name, identifier and the date of the last visit; Enter opens the patient</source>
        <translation>Одна строка на пациента: имя, идентификатор и дата последнего визита; Enter открывает пациента</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Новый пациент…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+Shift+N)</source>
        <translation>Добавить пациента (Ctrl+Shift+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n пациент</numerusform>
            <numerusform>%n пациента</numerusform>
            <numerusform>%n пациентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 из %n пациента</numerusform>
            <numerusform>%1 из %n пациентов</numerusform>
            <numerusform>%1 из %n пациентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <source>New &amp;visit</source>
        <translation>Новый &amp;визит</translation>
    </message>
    <message>
        <source>Start a visit: ALSFRS-R and MRC (Ctrl+N)</source>
        <translation>Начать визит: ALSFRS-R и MRC (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit &amp;patient…</source>
        <translation>Данные &amp;пациента…</translation>
    </message>
    <message>
        <source>Change this patient&apos;s details (Ctrl+E)</source>
        <translation>Изменить данные этого пациента (Ctrl+E)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>The visits, newest first</source>
        <translation>Визиты, новые сверху</translation>
    </message>
    <message>
        <source>Interventions and milestones</source>
        <translation>Вмешательства и вехи</translation>
    </message>
    <message>
        <source>The patient&apos;s visits, or their events</source>
        <translation>Визиты пациента или его события</translation>
    </message>
    <message>
        <source>Visits and events</source>
        <translation>Визиты и события</translation>
    </message>
    <message>
        <source>Loading the trend…</source>
        <translation>Загрузка динамики…</translation>
    </message>
    <message>
        <source>Loading the MRC grades…</source>
        <translation>Загрузка оценок MRC…</translation>
    </message>
    <message>
        <source>Loading breathing and weight…</source>
        <translation>Загрузка дыхания и веса…</translation>
    </message>
    <message>
        <source>ALSFRS-R trend</source>
        <translation>Динамика ALSFRS-R</translation>
    </message>
    <message>
        <source>MRC grades</source>
        <translation>Оценки MRC</translation>
    </message>
    <message>
        <source>Breathing, weight</source>
        <translation>Дыхание, вес</translation>
    </message>
    <message>
        <source>The ALSFRS-R trend plot, the MRC grades, or breathing and weight</source>
        <translation>График динамики ALSFRS-R, оценки MRC или дыхание и вес</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>The ALSFRS-R total and subscores over time</source>
        <translation>Сумма и подсуммы ALSFRS-R во времени</translation>
    </message>
    <message>
        <source>The MRC grades of each muscle over time</source>
        <translation>Оценки MRC каждой мышцы во времени</translation>
    </message>
    <message>
        <source>Vital capacity (% of predicted) and weight over time</source>
        <translation>Жизненная ёмкость (% от должного) и вес во времени</translation>
    </message>
    <message>
        <source>Unsigned visit</source>
        <translation>Неподписанный визит</translation>
    </message>
    <message>
        <source>A visit of %1 is saved as a draft and not signed yet. Resume it?</source>
        <translation>Визит от %1 сохранён как черновик и ещё не подписан. Продолжить его?</translation>
    </message>
    <message>
        <source>Visit entry</source>
        <translation>Ввод визита</translation>
    </message>
    <message>
        <source>The visit entry screens are not part of this build, so visits can be viewed here but not entered.</source>
        <translation>Экраны ввода визита не входят в эту сборку: визиты можно просматривать, но не вводить.</translation>
    </message>
    <message>
        <source>Visit of %1 signed by %2.</source>
        <translation>Визит от %1 подписан: %2.</translation>
    </message>
    <message>
        <source>Visit closed; the unsigned draft stays saved in the visit history.</source>
        <translation>Визит закрыт; неподписанный черновик сохранён в истории визитов.</translation>
    </message>
    <message>
        <source>Visit closed.</source>
        <translation>Визит закрыт.</translation>
    </message>
</context>
<context>
    <name>REPORT</name>
    <message>
        <source>scale changed (was %1)</source>
        <translation>шкала изменена (была %1)</translation>
    </message>
    <message>
        <source>not assessed before</source>
        <translation>ранее не оценивалось</translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation>Не оценено: %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>%1 subscore</source>
        <translation>%1: подсумма</translation>
    </message>
    <message>
        <source>(%1/month)</source>
        <translation>(%1/мес.)</translation>
    </message>
    <message>
        <source>ALSFRS-R total</source>
        <translation>Сумма ALSFRS-R</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>несравнимо</translation>
    </message>
    <message numerus="yes">
        <source>Not computed: item(s) %1 not assessed</source>
        <translation>
            <numerusform>Не рассчитано: пункт %1 не оценён</numerusform>
            <numerusform>Не рассчитано: пункты %1 не оценены</numerusform>
            <numerusform>Не рассчитано: пункты %1 не оценены</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken %1, answered by %2.</source>
        <translation>Проведена %1, отвечал(а): %2.</translation>
    </message>
    <message>
        <source>Item %1 was scored on scale %2: %3.</source>
        <translation>Пункт %1 оценён по шкале %2: %3.</translation>
    </message>
    <message>
        <source>Item %1 was not assessed (neither scale was used).</source>
        <translation>Пункт %1 не оценён (ни одна шкала не использована).</translation>
    </message>
    <message>
        <source>not computed (needs the total and an onset date)</source>
        <translation>не рассчитано (нужны сумма и дата начала)</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>стадия %1</translation>
    </message>
    <message>
        <source>not computed (an item it reads was not assessed)</source>
        <translation>не рассчитано (нужный для расчёта пункт не оценён)</translation>
    </message>
    <message>
        <source>(on %1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>not computed (needs two complete visits at least a month apart)</source>
        <translation>не рассчитано (нужны два полных визита с интервалом не менее месяца)</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Наклон</translation>
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
        <translation>Формулировка: английский оригинал (%1).</translation>
    </message>
    <message>
        <source>Wording: %1, version %2 (%3, %4); source: %5; licence holder: %6.</source>
        <translation>Формулировка: %1, версия %2 (%3, %4); источник: %5; правообладатель: %6.</translation>
    </message>
    <message>
        <source>The ALSFRS-R was not recorded at this visit.</source>
        <translation>На этом визите ALSFRS-R не записывался.</translation>
    </message>
    <message>
        <source>The latest rating, on %1: total %2 (shown in the figures above as from that date).</source>
        <translation>Последняя оценка, %1: сумма %2 (показана в цифрах выше с этой датой).</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполный</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Изменение с %1</translation>
    </message>
    <message>
        <source>Change (no earlier ALSFRS-R)</source>
        <translation>Изменение (более раннего ALSFRS-R нет)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Answer (anchor wording)</source>
        <translation>Ответ (формулировка шкалы)</translation>
    </message>
    <message>
        <source>Generated %1 · Bedside %2</source>
        <translation>Создано %1 · Bedside %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Стр. %1 из %2</translation>
    </message>
    <message>
        <source>not graded before</source>
        <translation>ранее не оценивалось</translation>
    </message>
    <message>
        <source>not tested before</source>
        <translation>ранее не проверялось</translation>
    </message>
    <message>
        <source>same</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>было %1</translation>
    </message>
    <message>
        <source>(%1 not tested)</source>
        <translation>(не проверено: %1)</translation>
    </message>
    <message>
        <source>no muscle graded at both</source>
        <translation>нет мышц, оценённых на обоих визитах</translation>
    </message>
    <message>
        <source>(over the %1 graded at both)</source>
        <translation>(по %1, оценённым на обоих)</translation>
    </message>
    <message>
        <source>MRC muscle grades</source>
        <translation>Оценки силы мышц MRC</translation>
    </message>
    <message>
        <source>No muscle was graded at this visit.</source>
        <translation>На этом визите мышцы не оценивались.</translation>
    </message>
    <message>
        <source>The latest grading, on %1: MRC sum %2 (shown in the figures above as from that date).</source>
        <translation>Последняя оценка, %1: сумма MRC %2 (показана в цифрах выше с этой датой).</translation>
    </message>
    <message>
        <source>Change (no earlier grading)</source>
        <translation>Изменение (более ранней оценки нет)</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Мышца</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Sum by side</source>
        <translation>Сумма по сторонам</translation>
    </message>
    <message>
        <source>Sum without side</source>
        <translation>Сумма без стороны</translation>
    </message>
    <message>
        <source>MRC sum, all graded</source>
        <translation>Сумма MRC, все оценённые</translation>
    </message>
    <message>
        <source>MRC sum</source>
        <translation>Сумма MRC</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Protocol: %1. Grades 0-%2 with modifiers as entered; %3 = not tested, excluded from sums. Sums count whole grades (4- counts 4) as score / maximum of the muscles tested.</source>
        <translation>Протокол: %1. Оценки 0-%2 с модификаторами, как введены; %3 = не проверено, не входит в суммы. Суммы считают целые оценки (4- считается как 4) в виде балл / максимум по проверенным мышцам.</translation>
    </message>
    <message>
        <source>%1 points lost/month</source>
        <translation>%1 балла потеряно/мес.</translation>
    </message>
    <message>
        <source>%1 points/month (unchanged)</source>
        <translation>%1 балла/мес. (без изменений)</translation>
    </message>
    <message>
        <source>%1 points/month (rising)</source>
        <translation>%1 балла/мес. (рост)</translation>
    </message>
    <message>
        <source>%1 points/month (falling)</source>
        <translation>%1 балла/мес. (снижение)</translation>
    </message>
    <message>
        <source>unknown (no onset date)</source>
        <translation>неизвестно (нет даты начала)</translation>
    </message>
    <message>
        <source>before onset</source>
        <translation>до начала</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ALSFRS-R total (%n visit(s))</source>
        <translation>
            <numerusform>Сумма ALSFRS-R (%n визит)</numerusform>
            <numerusform>Сумма ALSFRS-R (%n визита)</numerusform>
            <numerusform>Сумма ALSFRS-R (%n визитов)</numerusform>
        </translation>
    </message>
    <message>
        <source>expected at first-visit ΔFS %1/month</source>
        <translation>ожидаемая при ΔFS первого визита %1/мес.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>this visit, %1: %2</source>
        <translation>этот визит, %1: %2</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>сумма %1</translation>
    </message>
    <message>
        <source>no complete ALSFRS-R</source>
        <translation>нет полного ALSFRS-R</translation>
    </message>
    <message>
        <source>ALSFRS-R total over time, up to this visit</source>
        <translation>Сумма ALSFRS-R во времени, до этого визита</translation>
    </message>
    <message>
        <source>No visit up to this one has a complete ALSFRS-R: there is no total to plot yet.</source>
        <translation>Ни один визит до этого не содержит полного ALSFRS-R: сумму пока нечего показать на графике.</translation>
    </message>
    <message>
        <source>Only one visit with a complete ALSFRS-R so far: no trend line yet.</source>
        <translation>Пока только один визит с полным ALSFRS-R: линии динамики ещё нет.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>События:</translation>
    </message>
    <message>
        <source>ALS visit summary</source>
        <translation>Сводка визита по БАС</translation>
    </message>
    <message>
        <source>ALSFRS-R, MRC muscle grading, breathing and weight at one visit</source>
        <translation>ALSFRS-R, оценка мышц по MRC, дыхание и вес на одном визите</translation>
    </message>
    <message>
        <source>visit summary</source>
        <translation>сводка визита</translation>
    </message>
    <message>
        <source>%1 · born %2 · visit %3 · %4 (continued)</source>
        <translation>%1 · дата рождения %2 · визит %3 · %4 (продолжение)</translation>
    </message>
    <message>
        <source>(age %1 at the visit)</source>
        <translation>(возраст на визите: %1)</translation>
    </message>
    <message>
        <source>%1 onset</source>
        <translation>начало: %1</translation>
    </message>
    <message>
        <source>signed, version %1</source>
        <translation>подписано, версия %1</translation>
    </message>
    <message>
        <source>DRAFT, not signed</source>
        <translation>ЧЕРНОВИК, не подписано</translation>
    </message>
    <message>
        <source>superseded by an amendment (version %1)</source>
        <translation>заменено исправлением (версия %1)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Symptom onset</source>
        <translation>Начало симптомов</translation>
    </message>
    <message>
        <source>Disease duration</source>
        <translation>Длительность болезни</translation>
    </message>
    <message>
        <source>%1 at the visit</source>
        <translation>%1 на момент визита</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Исследователь</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <translation>(от %1)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>King&apos;s stage</source>
        <translation>Стадия King&apos;s</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>нет регионов</translation>
    </message>
    <message>
        <source>MiToS stage</source>
        <translation>Стадия MiToS</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>No notes were recorded.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>NOT SIGNED: this is a draft. Its scores may still change; sign the visit before filing this summary.</source>
        <translation>НЕ ПОДПИСАНО: это черновик. Оценки ещё могут измениться; подпишите визит, прежде чем подшивать эту сводку.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал(а)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation>Значение подписи</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>version %1; reason: %2</source>
        <translation>версия %1; причина: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>superseded: a later amended version of this visit exists</source>
        <translation>заменено: существует более поздняя исправленная версия этого визита</translation>
    </message>
    <message>
        <source>%1% of predicted · z %2</source>
        <translation>%1% от должного · z %2</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>ИМТ %1</translation>
    </message>
    <message>
        <source>%1% from before the illness</source>
        <translation>%1% от веса до болезни</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерялось</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>none before</source>
        <translation>ранее нет</translation>
    </message>
    <message>
        <source>Under way on the visit&apos;s date: %1.</source>
        <translation>На дату визита: %1.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Stopped before it: %1.</source>
        <translation>Прекращено до него: %1.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 с %2 по %3</translation>
    </message>
    <message>
        <source>% of predicted and z-score: %1 (%2); the SVC against its FVC equation (no SVC equation is published).</source>
        <translation>% от должного и z-оценка: %1 (%2); ЖЕЛ оценивается по уравнению ФЖЕЛ (уравнение для ЖЕЛ не опубликовано).</translation>
    </message>
    <message>
        <source>%1: no reference values (%2).</source>
        <translation>%1: нет должных величин (%2).</translation>
    </message>
    <message>
        <source>Height used: %1 cm, the latest measured up to the visit.</source>
        <translation>Использован рост %1 cm, последний измеренный до визита.</translation>
    </message>
    <message>
        <source>Breathing, weight and interventions</source>
        <translation>Дыхание, вес и вмешательства</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Этот визит</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>No breathing or weight measurement is recorded up to this visit.</source>
        <translation>До этого визита не записано ни одного измерения дыхания или веса.</translation>
    </message>
</context>
<context>
    <name>RULES</name>
    <message>
        <source>must be one of %1</source>
        <translation>должно быть одним из: %1</translation>
    </message>
    <message>
        <source>patient identifier is required</source>
        <translation>нужен идентификатор пациента</translation>
    </message>
    <message>
        <source>date is in the future</source>
        <translation>дата в будущем</translation>
    </message>
    <message>
        <source>onset is before birth</source>
        <translation>начало раньше рождения</translation>
    </message>
    <message>
        <source>diagnosis is before birth</source>
        <translation>диагноз раньше рождения</translation>
    </message>
    <message>
        <source>diagnosis is before onset</source>
        <translation>диагноз раньше начала</translation>
    </message>
    <message>
        <source>a position is given with the vital capacity measured in it (fvc_l or svc_l)</source>
        <translation>положение указывают вместе с измеренной в нём жизненной ёмкостью (fvc_l или svc_l)</translation>
    </message>
    <message>
        <source>visit date is in the future</source>
        <translation>дата визита в будущем</translation>
    </message>
    <message>
        <source>visit is before birth (%1)</source>
        <translation>визит раньше рождения (%1)</translation>
    </message>
    <message>
        <source>visit is before onset (%1)</source>
        <translation>визит раньше начала болезни (%1)</translation>
    </message>
    <message>
        <source>visit is after the recorded death (%1)</source>
        <translation>визит после записанной смерти (%1)</translation>
    </message>
    <message>
        <source>not an ALSFRS-R item</source>
        <translation>это не пункт ALSFRS-R</translation>
    </message>
    <message>
        <source>score must be a whole number 0-4</source>
        <translation>балл должен быть целым числом 0-4</translation>
    </message>
    <message>
        <source>score must be %1-%2</source>
        <translation>балл должен быть %1-%2</translation>
    </message>
    <message>
        <source>only one of %1 and %2 may be filled</source>
        <translation>может быть заполнен только один из %1 и %2</translation>
    </message>
    <message>
        <source>unknown muscle protocol</source>
        <translation>неизвестный протокол мышц</translation>
    </message>
    <message>
        <source>not a muscle of protocol %1</source>
        <translation>не мышца протокола %1</translation>
    </message>
    <message>
        <source>not a muscle of any protocol</source>
        <translation>не мышца ни одного протокола</translation>
    </message>
    <message>
        <source>grade must be 0-5, 3-, 3+, 4-, 4+, 5- or NT</source>
        <translation>оценка должна быть 0-5, 3-, 3+, 4-, 4+, 5- или NT</translation>
    </message>
    <message>
        <source>event date is in the future</source>
        <translation>дата события в будущем</translation>
    </message>
    <message>
        <source>event is before birth (%1)</source>
        <translation>событие раньше рождения (%1)</translation>
    </message>
    <message>
        <source>hours a day are given with the start of non-invasive ventilation (niv_start) only</source>
        <translation>часы в сутки указывают только при начале неинвазивной вентиляции (niv_start)</translation>
    </message>
    <message>
        <source>NIV use must be more than 0 and at most %1 hours a day</source>
        <translation>использование НИВЛ должно быть больше 0 и не более %1 ч в сутки</translation>
    </message>
    <message>
        <source>patient %1 already has a recorded death (%2)</source>
        <translation>у пациента %1 уже записана смерть (%2)</translation>
    </message>
    <message>
        <source>a death cannot be recorded before the patient&apos;s visit of %1</source>
        <translation>смерть нельзя записать раньше визита пациента от %1</translation>
    </message>
    <message>
        <source>%1 %2: must be a number, %3</source>
        <translation>%1 %2: должно быть числом, %3</translation>
    </message>
    <message>
        <source>%1 %2: must be %3</source>
        <translation>%1 %2: должно быть %3</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Other reason: type it, then Enter</source>
        <translation>Другая причина: введите её и нажмите Enter</translation>
    </message>
    <message>
        <source>A reason in your own words; Enter records it</source>
        <translation>Причина своими словами; Enter записывает её</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Close without a reason; nothing is recorded (Esc)</source>
        <translation>Закрыть без причины; ничего не записывается (Esc)</translation>
    </message>
    <message>
        <source>Key %1 picks this reason</source>
        <translation>Клавиша %1 выбирает эту причину</translation>
    </message>
    <message>
        <source>Type the reason, then press Enter.</source>
        <translation>Введите причину и нажмите Enter.</translation>
    </message>
    <message>
        <source>A reason is needed: type a few words or pick one.</source>
        <translation>Нужна причина: введите несколько слов или выберите из списка.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Bedside: the database cannot be opened</source>
        <translation>Bedside: базу данных невозможно открыть</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Базу данных невозможно открыть</translation>
    </message>
    <message>
        <source>Nothing was changed: the file was left exactly as it is.</source>
        <translation>Ничего не изменено: файл оставлен в точности как был.</translation>
    </message>
    <message>
        <source>Use this backup instead</source>
        <translation>Использовать эту резервную копию</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту резервную копию</translation>
    </message>
    <message>
        <source>Put a checked copy of the newest good backup in place of the database</source>
        <translation>Заменить базу данных проверенной копией последней исправной резервной копии</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Выбрать другую резервную копию…</translation>
    </message>
    <message>
        <source>Choose a backup file to restore</source>
        <translation>Выбрать файл резервной копии для восстановления</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Leave the database as it is and quit</source>
        <translation>Оставить базу данных как есть и выйти</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Keep the file as it is and ask your IT support to recover it, or choose a backup you keep elsewhere.</source>
        <translation>В %1 не найдено исправной резервной копии. Оставьте файл как есть и попросите ИТ-поддержку восстановить его или выберите резервную копию, хранящуюся в другом месте.</translation>
    </message>
    <message>
        <source>It holds %1 and %2.</source>
        <translation>В ней %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n пациент</numerusform>
            <numerusform>%n пациента</numerusform>
            <numerusform>%n пациентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed visit(s)</source>
        <translation>
            <numerusform>%n подписанный визит</numerusform>
            <numerusform>%n подписанных визита</numerusform>
            <numerusform>%n подписанных визитов</numerusform>
        </translation>
    </message>
    <message>
        <source>Using it loses what the newer version recorded since then; the newer database is kept in the backups folder.</source>
        <translation>При этом будет потеряно то, что более новая версия записала с тех пор; более новая база данных сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <source>Restoring puts a checked copy of it in place of the database; the damaged file is kept, unchanged, in the backups folder. Anything entered after the backup was taken is not in it.</source>
        <translation>При восстановлении её проверенная копия заменит базу данных; повреждённый файл без изменений сохраняется в папке резервных копий. Всё, что введено после создания резервной копии, в ней отсутствует.</translation>
    </message>
    <message>
        <source>The newest good backup was taken on %1 UTC.</source>
        <translation>Последняя исправная резервная копия сделана %1 UTC.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Выберите резервную копию для восстановления</translation>
    </message>
    <message>
        <source>Bedside databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных Bedside (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>MRC grid (M)</source>
        <translation>Таблица MRC (M)</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Заметки (необязательно)</translation>
    </message>
    <message>
        <source>Reason for the amendment (required)</source>
        <translation>Причина исправления (обязательно)</translation>
    </message>
    <message>
        <source>Start amendment</source>
        <translation>Начать исправление</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Удалить черновик…</translation>
    </message>
    <message>
        <source>Sign and save (Enter)</source>
        <translation>Подписать и сохранить (Enter)</translation>
    </message>
    <message>
        <source>not assessed (%1)</source>
        <translation>не оценено (%1)</translation>
    </message>
    <message>
        <source>Type an item&apos;s number or click it to change it (1 then Enter for item 1) · M: MRC grid · B: breathing, weight · Enter or Ctrl+S: sign and save</source>
        <translation>Введите номер пункта или щёлкните по нему, чтобы изменить (1, затем Enter — пункт 1) · M: таблица MRC · B: дыхание, вес · Enter или Ctrl+S: подписать и сохранить</translation>
    </message>
    <message>
        <source>M: MRC grid · B: breathing, weight · Enter or Ctrl+S: sign and save</source>
        <translation>M: таблица MRC · B: дыхание, вес · Enter или Ctrl+S: подписать и сохранить</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>MRC: nothing graded (%1)</source>
        <translation>MRC: ничего не оценено (%1)</translation>
    </message>
    <message>
        <source>%1 not tested</source>
        <translation>не проверено: %1</translation>
    </message>
    <message>
        <source>— no answer</source>
        <translation>— нет ответа</translation>
    </message>
    <message>
        <source>The versions of this visit; an earlier one opens to be read</source>
        <translation>Версии этого визита; более ранняя открывается для чтения</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Every item with its answer; choose one, or type its number, to change it</source>
        <translation>Каждый пункт с ответом; выберите пункт или введите его номер, чтобы изменить</translation>
    </message>
    <message>
        <source>ALSFRS-R answers</source>
        <translation>Ответы ALSFRS-R</translation>
    </message>
    <message>
        <source>Change the MRC grades (M)</source>
        <translation>Изменить оценки MRC (M)</translation>
    </message>
    <message>
        <source>Edit (B)</source>
        <translation>Изменить (B)</translation>
    </message>
    <message>
        <source>Breathing, weight and how the ALSFRS-R was taken (B)</source>
        <translation>Дыхание, вес и как проведена ALSFRS-R (B)</translation>
    </message>
    <message>
        <source>Notes of this visit; printed on the summary</source>
        <translation>Заметки этого визита; печатаются в сводке</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Why the signed visit is changed, or why the draft is discarded; recorded with it</source>
        <translation>Почему меняется подписанный визит или удаляется черновик; записывается вместе с ним</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Go on with the reason typed (Enter)</source>
        <translation>Продолжить с введённой причиной (Enter)</translation>
    </message>
    <message>
        <source>Back to the MRC grid or the last item (Backspace)</source>
        <translation>Назад к таблице MRC или последнему пункту (Backspace)</translation>
    </message>
    <message>
        <source>Close, draft kept (Ctrl+W)</source>
        <translation>Закрыть, черновик сохранён (Ctrl+W)</translation>
    </message>
    <message>
        <source>Close the visit; a draft stays saved (Esc on a signed visit)</source>
        <translation>Закрыть визит; черновик остаётся сохранённым (Esc на подписанном визите)</translation>
    </message>
    <message>
        <source>Amend… (A)</source>
        <translation>Исправить… (A)</translation>
    </message>
    <message>
        <source>Change this signed visit: a new version, with a reason</source>
        <translation>Изменить этот подписанный визит: новая версия с причиной</translation>
    </message>
    <message>
        <source>Delete this unsigned draft; asks for a reason</source>
        <translation>Удалить этот неподписанный черновик; спросит причину</translation>
    </message>
    <message>
        <source>Sign the visit: it becomes read-only (Enter or Ctrl+S)</source>
        <translation>Подписать визит: после этого его нельзя изменить (Enter или Ctrl+S)</translation>
    </message>
    <message>
        <source>The ALSFRS-R is not recorded at this visit.</source>
        <translation>На этом визите ALSFRS-R не записывается.</translation>
    </message>
    <message>
        <source>Esc: close · A: amend</source>
        <translation>Esc: закрыть · A: исправить</translation>
    </message>
    <message>
        <source>Esc: close</source>
        <translation>Esc: закрыть</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (текущая)</translation>
    </message>
    <message>
        <source>MRC: not recorded at this visit</source>
        <translation>MRC: на этом визите не записывается</translation>
    </message>
    <message>
        <source>left</source>
        <translation>слева</translation>
    </message>
    <message>
        <source>right</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>without side</source>
        <translation>без стороны</translation>
    </message>
    <message>
        <source>%1 of %2 cells entered</source>
        <translation>введено ячеек: %1 из %2</translation>
    </message>
    <message>
        <source>MRC sum %1</source>
        <translation>Сумма MRC %1</translation>
    </message>
    <message>
        <source>Breathing, weight: nothing measured</source>
        <translation>Дыхание, вес: ничего не измерено</translation>
    </message>
    <message>
        <source>Breathing, weight: not recorded</source>
        <translation>Дыхание, вес: не записано</translation>
    </message>
    <message>
        <source>ALSFRS-R taken %1, answered by %2</source>
        <translation>ALSFRS-R проведена %1, отвечал(а): %2</translation>
    </message>
    <message>
        <source>Why discard this unsigned draft? (required)</source>
        <translation>Почему удалить этот неподписанный черновик? (обязательно)</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>An amendment needs a reason: type why the signed visit is changed, then press Start amendment.</source>
        <translation>Для исправления нужна причина: укажите, почему меняется подписанный визит, и нажмите «Начать исправление».</translation>
    </message>
    <message>
        <source>Discarding needs a reason: type why, then press Discard draft.</source>
        <translation>Для удаления нужна причина: укажите её и нажмите «Удалить черновик».</translation>
    </message>
</context>
<context>
    <name>SERVER</name>
    <message>
        <source>no server given: name it with --server URL or set it with `bedside sync --server URL` once</source>
        <translation>сервер не указан: задайте его через --server URL или один раз через `bedside sync --server URL`</translation>
    </message>
    <message>
        <source>server URL: %1</source>
        <translation>URL сервера: %1</translation>
    </message>
    <message>
        <source>server URL: %1 is not this computer, so the connection must be encrypted: add sslmode=verify-full (or sslmode=require) to the URL</source>
        <translation>URL сервера: %1 — не этот компьютер, поэтому соединение должно быть зашифровано: добавьте в URL sslmode=verify-full (или sslmode=require)</translation>
    </message>
    <message>
        <source>&lt;the server URL&gt;</source>
        <translation>&lt;URL сервера&gt;</translation>
    </message>
    <message>
        <source>the clinic server %1 asks for a password and none was found (PGPASSFILE or ~/.pgpass, PGPASSWORD); nothing was changed</source>
        <translation>сервер клиники %1 запрашивает пароль, но пароль не найден (PGPASSFILE или ~/.pgpass, PGPASSWORD); ничего не изменено</translation>
    </message>
    <message>
        <source>the clinic server %1 cannot be reached: %2; nothing was changed</source>
        <translation>сервер клиники %1 недоступен: %2; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 has no Bedside schema: run `bedside server migrate URL` once (the clinic&apos;s database administrator); nothing was changed</source>
        <translation>на %1 нет схемы Bedside: один раз выполните `bedside server migrate URL` (администратор базы данных клиники); ничего не изменено</translation>
    </message>
    <message>
        <source>%1 has Bedside server schema %2, newer than this Bedside knows (%3): update Bedside on this laptop; nothing was changed</source>
        <translation>на %1 схема сервера Bedside %2, новее известной этой версии Bedside (%3): обновите Bedside на этом ноутбуке; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 has Bedside server schema %2; this Bedside needs %3: run `bedside server migrate URL`; nothing was changed</source>
        <translation>на %1 схема сервера Bedside %2; этой версии Bedside нужна %3: выполните `bedside server migrate URL`; ничего не изменено</translation>
    </message>
    <message>
        <source>the server refused the migration: %1; nothing was changed</source>
        <translation>сервер отклонил миграцию: %1; ничего не изменено</translation>
    </message>
    <message>
        <source>the server has Bedside schema %1, newer than this Bedside knows (%2): migrate it with the newer Bedside; nothing was changed</source>
        <translation>на сервере схема Bedside %1, новее известной этой версии Bedside (%2): выполните миграцию более новой версией Bedside; ничего не изменено</translation>
    </message>
    <message>
        <source>the clinic server %1 refused the sync: %2; nothing was changed</source>
        <translation>сервер клиники %1 отклонил синхронизацию: %2; ничего не изменено</translation>
    </message>
    <message>
        <source>the connection to the clinic server %1 was lost (%2); what was not committed was not changed, and the next sync repeats it</source>
        <translation>соединение с сервером клиники %1 потеряно (%2); незавершённое не изменено, следующая синхронизация повторит его</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>missing item %1</source>
        <translation>нет пункта %1</translation>
    </message>
    <message>
        <source>no total: missing item %1</source>
        <translation>суммы нет: нет пункта %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Printed at the top of every visit summary; stored in the database, for everyone using it</source>
        <translation>Печатается вверху каждой сводки визита; хранится в базе данных, для всех её пользователей</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Название клиники</translation>
    </message>
    <message>
        <source>The muscle protocol of a patient never graded</source>
        <translation>Протокол мышц для пациента, которого ещё не оценивали</translation>
    </message>
    <message>
        <source>Default MRC protocol</source>
        <translation>Протокол MRC по умолчанию</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>Сервер клиники</translation>
    </message>
    <message>
        <source>The clinic&apos;s PostgreSQL server this database syncs with (a libpq connection string or URI); empty: none</source>
        <translation>Сервер PostgreSQL клиники, с которым синхронизируется эта база данных (строка подключения libpq или URI); пусто — нет сервера</translation>
    </message>
    <message>
        <source>%1 (race-neutral; the default)</source>
        <translation>%1 (расово-нейтральные; по умолчанию)</translation>
    </message>
    <message>
        <source>The reference equations of every % predicted and z-score of vital capacity; stored in the database, for everyone using it</source>
        <translation>Референсные уравнения для % от должного и z-оценки жизненной ёмкости; хранятся в базе данных, для всех её пользователей</translation>
    </message>
    <message>
        <source>The group GLI-2012 reports against (GLI Global needs none)</source>
        <translation>Группа, для которой считает GLI-2012 (GLI Global она не нужна)</translation>
    </message>
    <message>
        <source>GLI-2012 group</source>
        <translation>Группа GLI-2012</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>The language of the screens, the printed summary and the messages. The ALSFRS-R and MRC wording is the clinic&apos;s own: see Instrument wording.</source>
        <translation>Язык экранов, печатной сводки и сообщений. Формулировки ALSFRS-R и MRC — собственные формулировки клиники: см. «Формулировки шкал».</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Text size, as a share of the system&apos;s</source>
        <translation>Размер текста относительно системного</translation>
    </message>
    <message>
        <source>&amp;High contrast: white on black</source>
        <translation>&amp;Высокий контраст: белое на чёрном</translation>
    </message>
    <message>
        <source>White text on black, yellow for what is chosen or has the focus</source>
        <translation>Белый текст на чёрном, жёлтым — выбранное и элемент в фокусе</translation>
    </message>
    <message>
        <source>Language, text size and contrast take effect when Bedside is started again.</source>
        <translation>Язык, размер текста и контраст вступят в силу при следующем запуске Bedside.</translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation>&amp;Название клиники</translation>
    </message>
    <message>
        <source>Default &amp;MRC protocol</source>
        <translation>Протокол &amp;MRC по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Lung function reference</source>
        <translation>&amp;Нормы функции лёгких</translation>
    </message>
    <message>
        <source>GLI-2012 &amp;group</source>
        <translation>&amp;Группа GLI-2012</translation>
    </message>
    <message>
        <source>Clinic ser&amp;ver</source>
        <translation>С&amp;ервер клиники</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Close; nothing is changed</source>
        <translation>Закрыть; ничего не меняется</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Bedside</source>
        <translation>Вход в Bedside</translation>
    </message>
    <message>
        <source>This database is protected. Sign in to continue.</source>
        <translation>База данных защищена. Войдите, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Исследователь</translation>
    </message>
    <message>
        <source>The examiner signing in</source>
        <translation>Исследователь, выполняющий вход</translation>
    </message>
    <message>
        <source>The examiner&apos;s password</source>
        <translation>Пароль исследователя</translation>
    </message>
</context>
<context>
    <name>SignatureTexts</name>
    <message>
        <source>Signed by</source>
        <translation>Подписал(а)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(нет имени)</translation>
    </message>
    <message>
        <source>(when you sign)</source>
        <translation>(в момент подписи)</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Исследователь</translation>
    </message>
    <message>
        <source>Amended, version %1</source>
        <translation>Исправлено, версия %1</translation>
    </message>
    <message>
        <source>The examiner&apos;s name is missing: go back to the start page and enter it.</source>
        <translation>Не указано имя исследователя: вернитесь на начальную страницу и введите его.</translation>
    </message>
    <message>
        <source>Item(s) %1 have no answer: answer them or mark them not assessed with a reason (type the item&apos;s number).</source>
        <translation>Пункты %1 без ответа: ответьте на них или отметьте как не оценённые с причиной (введите номер пункта).</translation>
    </message>
    <message>
        <source>Nothing has changed yet: reopen an item (type its number), the MRC grid (M) or breathing and weight (B) and correct it, then sign.</source>
        <translation>Пока ничего не изменено: откройте пункт (наберите его номер), таблицу MRC (M) или дыхание и вес (B), исправьте и подпишите.</translation>
    </message>
    <message>
        <source>Nothing to sign yet: no ALSFRS-R answer, no MRC grade and no measurement.</source>
        <translation>Пока нечего подписывать: нет ни ответа ALSFRS-R, ни оценки MRC, ни измерения.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Open that visit</source>
        <translation>Открыть этот визит</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>Open the visit already on this date</source>
        <translation>Открыть визит, который уже есть на эту дату</translation>
    </message>
    <message>
        <source>name of the examiner who signs</source>
        <translation>имя исследователя, который подписывает</translation>
    </message>
    <message>
        <source>The name of the examiner who signs the visit</source>
        <translation>Имя исследователя, который подписывает визит</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Исследователь</translation>
    </message>
    <message>
        <source>ALSFRS-R (12 items)</source>
        <translation>ALSFRS-R (12 пунктов)</translation>
    </message>
    <message>
        <source>MRC muscle grading</source>
        <translation>Оценка силы мышц MRC</translation>
    </message>
    <message>
        <source>Record the twelve ALSFRS-R items at this visit</source>
        <translation>Записать двенадцать пунктов ALSFRS-R на этом визите</translation>
    </message>
    <message>
        <source>Grade the muscles of the chosen protocol at this visit</source>
        <translation>Оценить мышцы выбранного протокола на этом визите</translation>
    </message>
    <message>
        <source>The muscles graded at this visit</source>
        <translation>Мышцы, оцениваемые на этом визите</translation>
    </message>
    <message>
        <source>MRC protocol</source>
        <translation>протокол MRC</translation>
    </message>
    <message>
        <source>Breathing, weight, how the ALSFRS-R is taken</source>
        <translation>Дыхание, вес, как проводится ALSFRS-R</translation>
    </message>
    <message>
        <source>Record vital capacity, weight and how the ALSFRS-R is taken at this visit, on a page of their own</source>
        <translation>Записать на этом визите жизненную ёмкость, вес и способ проведения ALSFRS-R на отдельной странице</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the visit; what is entered stays saved as a draft</source>
        <translation>Закрыть визит; введённое остаётся сохранённым как черновик</translation>
    </message>
    <message>
        <source>Begin (Enter)</source>
        <translation>Начать (Enter)</translation>
    </message>
    <message>
        <source>Check the date and the examiner and begin the visit (Enter)</source>
        <translation>Проверить дату и исследователя и начать визит (Enter)</translation>
    </message>
    <message>
        <source>the visit date is required</source>
        <translation>нужна дата визита</translation>
    </message>
    <message>
        <source>Resume that draft</source>
        <translation>Продолжить этот черновик</translation>
    </message>
</context>
<context>
    <name>StartupSequence</name>
    <message>
        <source>Sign in to see the patients.</source>
        <translation>Войдите, чтобы увидеть пациентов.</translation>
    </message>
    <message>
        <source>Bedside could not open the database: %1</source>
        <translation>Bedside не удалось открыть базу данных: %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Невозможно открыть базу данных</translation>
    </message>
</context>
<context>
    <name>TEXT</name>
    <message>
        <source>at most %1 characters (this has %2)</source>
        <translation>не более %1 символов (здесь %2)</translation>
    </message>
    <message>
        <source>holds an invisible or control character (%1, character %2); remove it</source>
        <translation>содержит невидимый или управляющий символ (%1, символ %2); удалите его</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected (ΔFS)</source>
        <translation>Ожидаемая (ΔFS)</translation>
    </message>
    <message>
        <source>Shows or hides this line of the trend plot</source>
        <translation>Показывает или скрывает эту линию на графике динамики</translation>
    </message>
    <message>
        <source>Dashed line: %1 at onset, falling at the ΔFS of the first complete visit.</source>
        <translation>Штриховая линия: %1 в начале болезни, снижение со скоростью ΔFS первого полного визита.</translation>
    </message>
    <message>
        <source>Slope around event:</source>
        <translation>Наклон вокруг события:</translation>
    </message>
    <message>
        <source>Choose an event to draw the ALSFRS-R slope before and after it</source>
        <translation>Выберите событие, чтобы показать наклон ALSFRS-R до и после него</translation>
    </message>
    <message>
        <source>Slope around event</source>
        <translation>Наклон вокруг события</translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation>Всё течение</translation>
    </message>
    <message>
        <source>From onset to today; unticked, the plot opens on the visits&apos; own dates</source>
        <translation>От начала болезни до сегодняшнего дня; без отметки график показывает только даты визитов</translation>
    </message>
    <message>
        <source>ALSFRS-R trend plot</source>
        <translation>График динамики ALSFRS-R</translation>
    </message>
    <message>
        <source>The ALSFRS-R total and subscores over the visit dates. The same values are in the Visits table beside the plot, one row per visit.</source>
        <translation>Сумма и подсуммы ALSFRS-R по датам визитов. Те же значения есть в таблице «Визиты» рядом с графиком, одна строка на визит.</translation>
    </message>
    <message>
        <source>ALSFRS-R</source>
        <translation>ALSFRS-R</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидаемая</translation>
    </message>
    <message>
        <source>onset</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>(choose an event)</source>
        <translation>(выберите событие)</translation>
    </message>
    <message>
        <source>No expected course: it needs the onset date and a complete visit.</source>
        <translation>Ожидаемого течения нет: нужны дата начала и полный визит.</translation>
    </message>
    <message>
        <source>Dashed: expected course, %1 at onset falling %2 points/month (ΔFS at the first complete visit).</source>
        <translation>Штриховая линия: ожидаемое течение, %1 в начале, снижение на %2 балла/мес. (ΔFS первого полного визита).</translation>
    </message>
    <message>
        <source>Choose an event for the ALSFRS-R slope before and after it.</source>
        <translation>Выберите событие, чтобы увидеть наклон ALSFRS-R до и после него.</translation>
    </message>
    <message>
        <source>before (its day included)</source>
        <translation>до (включая его день)</translation>
    </message>
    <message>
        <source>after</source>
        <translation>после</translation>
    </message>
    <message>
        <source>%1: too few visits</source>
        <translation>%1: слишком мало визитов</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 points/month (%n visit(s))</source>
        <translation>
            <numerusform>%1: %2 балла/мес. (%n визит)</numerusform>
            <numerusform>%1: %2 балла/мес. (%n визита)</numerusform>
            <numerusform>%1: %2 балла/мес. (%n визитов)</numerusform>
        </translation>
    </message>
    <message>
        <source>this visit: %1 of %2 answered; no total until all are (no earlier complete visit to carry forward)</source>
        <translation>этот визит: отвечено %1 из %2; суммы нет, пока не отвечены все (нет более раннего полного визита для переноса значений)</translation>
    </message>
    <message>
        <source>this visit: %1</source>
        <translation>этот визит: %1</translation>
    </message>
    <message>
        <source>this visit ≈ %1 (%2 of %3 answered; the rest as on %4)</source>
        <translation>этот визит ≈ %1 (отвечено %2 из %3; остальные как %4)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Sign in to Bedside</source>
        <translation>Вход в Bedside</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The examiner signing in</source>
        <translation>Исследователь, выполняющий вход</translation>
    </message>
    <message>
        <source>The examiner&apos;s password</source>
        <translation>Пароль исследователя</translation>
    </message>
    <message>
        <source>This database is encrypted. Sign in to open it.</source>
        <translation>База данных зашифрована. Войдите, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Исследователь</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Amendment of a signed visit</source>
        <translation>Исправление подписанного визита</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <source>Review and sign</source>
        <translation>Проверка и подпись</translation>
    </message>
    <message>
        <source>Amendment (version %1): review and sign</source>
        <translation>Исправление (версия %1): проверка и подпись</translation>
    </message>
    <message>
        <source>visit of %1</source>
        <translation>визит от %1</translation>
    </message>
    <message>
        <source>Leave amendment</source>
        <translation>Выйти из исправления</translation>
    </message>
    <message>
        <source>Signed visit</source>
        <translation>Подписанный визит</translation>
    </message>
    <message>
        <source>Earlier version (superseded)</source>
        <translation>Более ранняя версия (заменена)</translation>
    </message>
    <message>
        <source>Gastrostomy recorded on %1: item 5b will be used (it can be switched on the item&apos;s page).</source>
        <translation>Гастростома записана %1: будет использован пункт 5b (его можно переключить на странице пункта).</translation>
    </message>
    <message>
        <source>%1 already has %2 on this date: open it, or choose another date.</source>
        <translation>У пациента %1 на эту дату уже есть %2: откройте его или выберите другую дату.</translation>
    </message>
    <message>
        <source>The examiner&apos;s name: %1.</source>
        <translation>Имя исследователя: %1.</translation>
    </message>
    <message>
        <source>Choose what to record: the ALSFRS-R, the MRC grading, breathing and weight, or more.</source>
        <translation>Выберите, что записывать: ALSFRS-R, оценку MRC, дыхание и вес или несколько.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) are already entered: keep this ticked, or clear them first.</source>
        <translation>
            <numerusform>%n измерение уже введено: оставьте отметку или сначала очистите его.</numerusform>
            <numerusform>%n измерения уже введены: оставьте отметку или сначала очистите их.</numerusform>
            <numerusform>%n измерений уже введено: оставьте отметку или сначала очистите их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items %1 are already answered: keep the ALSFRS-R ticked (an item can be marked not assessed instead).</source>
        <translation>На пункты %1 уже есть ответы: оставьте ALSFRS-R отмеченным (вместо этого пункт можно отметить как не оценённый).</translation>
    </message>
    <message>
        <source>gastrostomy recorded on %1</source>
        <translation>гастростома записана %1</translation>
    </message>
    <message>
        <source>Item 5b is used (%1).</source>
        <translation>Используется пункт 5b (%1).</translation>
    </message>
    <message>
        <source>Not signed: %1. Nothing was lost: the draft is kept; correct it and sign again.</source>
        <translation>Не подписано: %1. Ничего не потеряно: черновик сохранён; исправьте его и подпишите снова.</translation>
    </message>
    <message>
        <source>Not discarded: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
    <message>
        <source>The notes are not saved: %1.</source>
        <translation>Заметки не сохранены: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your answers are still on screen; they will be saved with the next answer.</source>
        <translation>Не сохранено: %1. Ваши ответы по-прежнему на экране; они сохранятся со следующим ответом.</translation>
    </message>
    <message>
        <source>This visit was discarded in another Bedside window; what is on screen here is saved as a new draft with your next answer.</source>
        <translation>Этот визит удалён в другом окне Bedside; то, что на экране здесь, будет сохранено как новый черновик с вашим следующим ответом.</translation>
    </message>
    <message>
        <source>Not saved: another Bedside window changed this visit meanwhile. What it saved is shown now; give your last answer again if it is still needed.</source>
        <translation>Не сохранено: другое окно Bedside тем временем изменило этот визит. Сейчас показано то, что сохранило оно; дайте свой последний ответ ещё раз, если он всё ещё нужен.</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>a signed visit</source>
        <translation>подписанный визит</translation>
    </message>
    <message>
        <source>The examiner&apos;s name is needed to sign.</source>
        <translation>Для подписи нужно имя исследователя.</translation>
    </message>
    <message numerus="yes">
        <source>%n graded muscle cell(s) would be left out: keep the MRC grading and its protocol, or clear those cells first.</source>
        <translation>
            <numerusform>%n оценённая ячейка мышцы была бы отброшена: оставьте оценку MRC и её протокол или сначала очистите эту ячейку.</numerusform>
            <numerusform>%n оценённые ячейки мышц были бы отброшены: оставьте оценку MRC и её протокол или сначала очистите эти ячейки.</numerusform>
            <numerusform>%n оценённых ячеек мышц были бы отброшены: оставьте оценку MRC и её протокол или сначала очистите эти ячейки.</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>выбрано вручную</translation>
    </message>
    <message>
        <source>Use 5a instead (G)</source>
        <translation>Использовать 5a (G)</translation>
    </message>
    <message>
        <source>chosen by hand, although a gastrostomy is recorded</source>
        <translation>выбрано вручную, хотя гастростома записана</translation>
    </message>
    <message>
        <source>no gastrostomy recorded by this date</source>
        <translation>к этой дате гастростома не записана</translation>
    </message>
    <message>
        <source>Use 5b instead (G)</source>
        <translation>Использовать 5b (G)</translation>
    </message>
    <message>
        <source>Item 5a is used (%1).</source>
        <translation>Используется пункт 5a (%1).</translation>
    </message>
    <message>
        <source>Not signed: the password was not confirmed. The draft is kept.</source>
        <translation>Не подписано: пароль не подтверждён. Черновик сохранён.</translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <source>One row per visit, newest first: date, ALSFRS-R total and subscores, MRC sum, status, examiner (the numbers the trend plot draws); Enter opens a visit</source>
        <translation>Одна строка на визит, новые сверху: дата, сумма и подсуммы ALSFRS-R, сумма MRC, статус, исследователь (те же числа, что на графике динамики); Enter открывает визит</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>История визитов</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>MRC
sum</source>
        <translation>Сумма
MRC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Исследователь</translation>
    </message>
</context>
<context>
    <name>WORDING</name>
    <message>
        <source>%1, version %2 (%3; %4)</source>
        <translation>%1, версия %2 (%3; %4)</translation>
    </message>
    <message>
        <source>%1: must be a text that is not empty</source>
        <translation>%1: должен быть непустой текст</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: не более %2 символов</translation>
    </message>
    <message>
        <source>%1: holds a control character</source>
        <translation>%1: содержит управляющий символ</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1: на верхнем уровне ожидается объект JSON</translation>
    </message>
    <message>
        <source>%1: unknown field %2 (the fields are: %3)</source>
        <translation>%1: неизвестное поле %2 (поля: %3)</translation>
    </message>
    <message>
        <source>%1: the field %2 is missing</source>
        <translation>%1: нет поля %2</translation>
    </message>
    <message>
        <source>%1: format must be %2</source>
        <translation>%1: формат должен быть %2</translation>
    </message>
    <message>
        <source>%1: instrument must be %2</source>
        <translation>%1: шкала должна быть %2</translation>
    </message>
    <message>
        <source>%1: language %2 is not a language code such as ka or ka_GE</source>
        <translation>%1: язык %2 не является кодом языка, например ka или ka_GE</translation>
    </message>
    <message>
        <source>%1: date %2 is not a date YYYY-MM-DD</source>
        <translation>%1: дата %2 не в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: items must be an object with one entry per item key</source>
        <translation>%1: items должен быть объектом с одной записью на ключ пункта</translation>
    </message>
    <message>
        <source>%1: item %2 is not an item of the %3</source>
        <translation>%1: %2 не является пунктом %3</translation>
    </message>
    <message>
        <source>%1: item %2 (%3) is missing</source>
        <translation>%1: нет пункта %2 (%3)</translation>
    </message>
    <message>
        <source>%1: must be an object with name and anchors</source>
        <translation>%1: должен быть объектом с name и anchors</translation>
    </message>
    <message>
        <source>%1: unknown field %2</source>
        <translation>%1: неизвестное поле %2</translation>
    </message>
    <message>
        <source>%1: anchors must be an object with one text per score</source>
        <translation>%1: anchors должен быть объектом с одним текстом на балл</translation>
    </message>
    <message>
        <source>%1: anchor %2 is not a score of this item (%3)</source>
        <translation>%1: ответ %2 не является баллом этого пункта (%3)</translation>
    </message>
    <message>
        <source>%1: anchor %2 is missing</source>
        <translation>%1: нет ответа %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: недопустимый JSON: %3</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
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
        <source>the following arguments are required: %s</source>
        <translation>необходимы следующие аргументы: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного аргумента</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>не допускается вместе с аргументом %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>необходим один из аргументов %s</translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>черновик сохранён</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <source>draft discarded</source>
        <translation>черновик удалён</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>дата визита</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>MRC protocol</source>
        <translation>протокол MRC</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>onset of symptoms</source>
        <translation>начало симптомов</translation>
    </message>
    <message>
        <source>onset region</source>
        <translation>регион начала</translation>
    </message>
    <message>
        <source>diagnosis date</source>
        <translation>дата диагноза</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>дата события</translation>
    </message>
    <message>
        <source>label</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строк</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>визитов</translation>
    </message>
    <message>
        <source>new patients</source>
        <translation>новых пациентов</translation>
    </message>
    <message>
        <source>events</source>
        <translation>событий</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(не оценено)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>version %1 signed by %2</source>
        <translation>версия %1, подписал(а): %2</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>подписал(а): %1</translation>
    </message>
    <message>
        <source>version %1 entered in error by %2</source>
        <translation>версия %1 отмечена как внесённая ошибочно: %2</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>визит %1</translation>
    </message>
    <message>
        <source>event #%1</source>
        <translation>событие №%1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>пациент</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>визит</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>examiner</source>
        <translation>исследователь</translation>
    </message>
</context>
<context>
    <name>encrypt_action</name>
    <message>
        <source>%1 is now encrypted. Its keys file %2 must stay beside it and is copied with every backup: without it nobody can open the database.</source>
        <translation>%1 теперь зашифрована. Её файл ключей %2 должен оставаться рядом с ней и копируется с каждой резервной копией: без него никто не сможет открыть базу данных.</translation>
    </message>
    <message>
        <source>The unencrypted original is kept as %1. It holds patient data in the clear: once the encrypted database works, move it somewhere safe or delete it.</source>
        <translation>Незашифрованный оригинал сохранён как %1. В нём данные пациентов в открытом виде: когда зашифрованная база заработает, перенесите его в надёжное место или удалите.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) are unencrypted; they are rotated away over the next 30 days.</source>
        <translation>
            <numerusform>%n более старая резервная копия не зашифрована; она будет удалена в течение 30 дней.</numerusform>
            <numerusform>%n более старые резервные копии не зашифрованы; они будут удалены в течение 30 дней.</numerusform>
            <numerusform>%n более старых резервных копий не зашифрованы; они будут удалены в течение 30 дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was not encrypted</source>
        <translation>База данных не зашифрована</translation>
    </message>
    <message>
        <source>It stays unencrypted and is opened again.</source>
        <translation>Она остаётся незашифрованной и открывается снова.</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>База данных зашифрована</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>not a number: type digits, with &apos;.&apos; or &apos;,&apos; before the decimals</source>
        <translation>не число: наберите цифры, перед дробной частью &apos;.&apos; или &apos;,&apos;</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD (%1)</source>
        <translation>это не дата: введите её как ГГГГ-ММ-ДД (%1)</translation>
    </message>
    <message>
        <source>Type the whole date: %1</source>
        <translation>Введите дату полностью: %1</translation>
    </message>
    <message>
        <source>Check and save what the form says</source>
        <translation>Проверить и сохранить данные формы</translation>
    </message>
    <message>
        <source>Close the form; nothing is saved</source>
        <translation>Закрыть форму; ничего не сохраняется</translation>
    </message>
</context>
<context>
    <name>header</name>
    <message>
        <source>%1 y %2 mo</source>
        <translation>%1 г. %2 мес.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <source>Lung function</source>
        <translation>Функция лёгких</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>%1 overdue: never recorded.</source>
        <translation>%1: пора измерить — ни разу не записано.</translation>
    </message>
    <message>
        <source>%1 overdue: last measured %2, %3 days ago.</source>
        <translation>%1: пора измерить — последнее измерение %2, %3 дн. назад.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>other</source>
        <comment>sex</comment>
        <translation>другой</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>bulbar</source>
        <translation>бульбарное</translation>
    </message>
    <message>
        <source>upper limb</source>
        <translation>верхняя конечность</translation>
    </message>
    <message>
        <source>lower limb</source>
        <translation>нижняя конечность</translation>
    </message>
    <message>
        <source>respiratory</source>
        <translation>дыхательное</translation>
    </message>
    <message>
        <source>generalized</source>
        <translation>генерализованное</translation>
    </message>
    <message>
        <source>Gastrostomy</source>
        <translation>Гастростома</translation>
    </message>
    <message>
        <source>NIV start</source>
        <translation>Начало НИВЛ</translation>
    </message>
    <message>
        <source>NIV stop</source>
        <translation>Окончание НИВЛ</translation>
    </message>
    <message>
        <source>Tracheostomy</source>
        <translation>Трахеостомия</translation>
    </message>
    <message>
        <source>Medication start</source>
        <translation>Начало приёма препарата</translation>
    </message>
    <message>
        <source>Medication stop</source>
        <translation>Отмена препарата</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>in clinic</source>
        <translation>в клинике</translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>по видеосвязи</translation>
    </message>
    <message>
        <source>self-administered</source>
        <translation>самостоятельно</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>пациент</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>ухаживающий</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>сидя</translation>
    </message>
    <message>
        <source>supine</source>
        <translation>лёжа</translation>
    </message>
    <message>
        <source>Riluzole</source>
        <translation>Рилузол</translation>
    </message>
    <message>
        <source>Edaravone</source>
        <translation>Эдаравон</translation>
    </message>
    <message>
        <source>Tofersen</source>
        <translation>Тоферсен</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cell(s))</source>
        <translation>
            <numerusform>%1 (%n ячейка)</numerusform>
            <numerusform>%1 (%n ячейки)</numerusform>
            <numerusform>%1 (%n ячеек)</numerusform>
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
        <translation>Л</translation>
    </message>
    <message>
        <source>R</source>
        <comment>right side</comment>
        <translation>П</translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation>%1, слева</translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation>%1, справа</translation>
    </message>
    <message>
        <source>NIV</source>
        <translation>НИВЛ</translation>
    </message>
    <message>
        <source>%1 h a day</source>
        <translation>%1 ч в сутки</translation>
    </message>
    <message>
        <source>a medication</source>
        <translation>препарат</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <source>NIV (non-invasive ventilation) started</source>
        <translation>Начата НИВЛ (неинвазивная вентиляция лёгких)</translation>
    </message>
    <message>
        <source>NIV stopped</source>
        <translation>НИВЛ прекращена</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1: начало</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1: отмена</translation>
    </message>
    <message>
        <source>Medication started (another drug: name it)</source>
        <translation>Начало приёма препарата (другой препарат: укажите)</translation>
    </message>
    <message>
        <source>Medication stopped (another drug: name it)</source>
        <translation>Отмена препарата (другой препарат: укажите)</translation>
    </message>
    <message>
        <source>Procedure (another: name it)</source>
        <translation>Процедура (другая: укажите)</translation>
    </message>
</context>
<context>
    <name>menu_actions</name>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Bedside databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных Bedside (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Сводка визита</translation>
    </message>
    <message>
        <source>This patient has no signed visit to summarise.</source>
        <translation>У этого пациента нет подписанного визита для сводки.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Невозможно открыть базу данных</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Signing makes this visit read-only. Enter your password to sign.</source>
        <translation>После подписи визит нельзя изменить. Введите пароль, чтобы подписать.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>patient too tired</source>
        <translation>пациент слишком устал</translation>
    </message>
    <message>
        <source>patient declined</source>
        <translation>пациент отказался</translation>
    </message>
    <message>
        <source>could not be assessed at this visit</source>
        <translation>не удалось оценить на этом визите</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>Bulbar</source>
        <translation>Бульбарный</translation>
    </message>
    <message>
        <source>Fine motor</source>
        <translation>Тонкая моторика</translation>
    </message>
    <message>
        <source>Gross motor</source>
        <translation>Крупная моторика</translation>
    </message>
    <message>
        <source>Respiratory</source>
        <translation>Дыхательный</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>боль</translation>
    </message>
    <message>
        <source>cast</source>
        <translation>гипс</translation>
    </message>
    <message>
        <source>amputation</source>
        <translation>ампутация</translation>
    </message>
    <message>
        <source>patient refused</source>
        <translation>пациент отказался</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>утомление</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>ALS clinic</source>
        <translation>Клиника БАС</translation>
    </message>
    <message>
        <source>Neck flexion</source>
        <translation>Сгибание шеи</translation>
    </message>
    <message>
        <source>Neck extension</source>
        <translation>Разгибание шеи</translation>
    </message>
    <message>
        <source>Shoulder abduction</source>
        <translation>Отведение плеча</translation>
    </message>
    <message>
        <source>Elbow flexion</source>
        <translation>Сгибание в локте</translation>
    </message>
    <message>
        <source>Elbow extension</source>
        <translation>Разгибание в локте</translation>
    </message>
    <message>
        <source>Wrist extension</source>
        <translation>Разгибание кисти</translation>
    </message>
    <message>
        <source>Finger flexion</source>
        <translation>Сгибание пальцев</translation>
    </message>
    <message>
        <source>Finger extension</source>
        <translation>Разгибание пальцев</translation>
    </message>
    <message>
        <source>First dorsal interosseous</source>
        <translation>Первая тыльная межкостная мышца</translation>
    </message>
    <message>
        <source>Abductor pollicis brevis</source>
        <translation>Короткая мышца, отводящая большой палец</translation>
    </message>
    <message>
        <source>Hip flexion</source>
        <translation>Сгибание бедра</translation>
    </message>
    <message>
        <source>Hip extension</source>
        <translation>Разгибание бедра</translation>
    </message>
    <message>
        <source>Knee extension</source>
        <translation>Разгибание в колене</translation>
    </message>
    <message>
        <source>Knee flexion</source>
        <translation>Сгибание в колене</translation>
    </message>
    <message>
        <source>Ankle dorsiflexion</source>
        <translation>Тыльное сгибание стопы</translation>
    </message>
    <message>
        <source>Ankle plantar flexion</source>
        <translation>Подошвенное сгибание стопы</translation>
    </message>
    <message>
        <source>MRC sum score</source>
        <translation>Суммарный балл MRC</translation>
    </message>
    <message>
        <source>Seven groups</source>
        <translation>Семь групп</translation>
    </message>
    <message>
        <source>Deltoid</source>
        <translation>Дельтовидная мышца</translation>
    </message>
    <message>
        <source>Biceps</source>
        <translation>Двуглавая мышца плеча</translation>
    </message>
    <message>
        <source>Triceps</source>
        <translation>Трёхглавая мышца плеча</translation>
    </message>
    <message>
        <source>Hip flexion/extension</source>
        <translation>Сгибание/разгибание бедра</translation>
    </message>
    <message>
        <source>Knee flexion/extension</source>
        <translation>Сгибание/разгибание в колене</translation>
    </message>
    <message>
        <source>Ankle flexion/extension</source>
        <translation>Сгибание/разгибание стопы</translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message numerus="yes">
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Повторите через %n с.</numerusform>
            <numerusform>Повторите через %n с.</numerusform>
            <numerusform>Повторите через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in with the name and password given (Enter)</source>
        <translation>Войти с указанными именем и паролем (Enter)</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>Закрыть без входа</translation>
    </message>
</context>
<context>
    <name>summary_actions</name>
    <message>
        <source>No visit summary</source>
        <translation>Нет сводки визита</translation>
    </message>
    <message>
        <source>The visit summary cannot be made: %1</source>
        <translation>Невозможно составить сводку визита: %1</translation>
    </message>
    <message>
        <source>the visit</source>
        <translation>визит</translation>
    </message>
    <message>
        <source>the visit of %1</source>
        <translation>визит от %1</translation>
    </message>
    <message>
        <source>Save the summary of %1 as PDF</source>
        <translation>Сохранить сводку (%1) в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF не сохранён</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder and save again.</source>
        <translation>Не удалось записать %1: %2. Выберите другую папку и сохраните снова.</translation>
    </message>
    <message>
        <source>Print the summary of %1</source>
        <translation>Печать сводки (%1)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then print again.</source>
        <translation>Не удалось запустить принтер. Проверьте, что он включён и подключён, и напечатайте снова.</translation>
    </message>
    <message>
        <source>The print queue %1 did not take the job: %2</source>
        <translation>Очередь печати %1 не приняла задание: %2</translation>
    </message>
</context>
<context>
    <name>visit_history</name>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <source>signed v%1</source>
        <translation>подписано, в%1</translation>
    </message>
    <message>
        <source>Not signed yet: open it to continue and sign.</source>
        <translation>Ещё не подписано: откройте, чтобы продолжить и подписать.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Подписал(а): %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>в %1</translation>
    </message>
    <message>
        <source>Amended (version %1): %2</source>
        <translation>Исправлено (версия %1): %2</translation>
    </message>
</context>
<context>
    <name>wording_note</name>
    <message>
        <source>no wording in %1 has been added to this database</source>
        <translation>в базе нет формулировки «%1»</translation>
    </message>
    <message>
        <source>ALSFRS-R wording %1 is not in this database: shown in the English original</source>
        <translation>Формулировки ALSFRS-R %1 нет в этой базе данных: показан английский оригинал</translation>
    </message>
    <message>
        <source>Wording: English original</source>
        <translation>Формулировка: английский оригинал</translation>
    </message>
    <message>
        <source>Wording: %1, version %2</source>
        <translation>Формулировка: %1, версия %2</translation>
    </message>
    <message>
        <source>ALSFRS-R wording: the English original (%1)</source>
        <translation>Формулировка ALSFRS-R: английский оригинал (%1)</translation>
    </message>
    <message>
        <source>ALSFRS-R wording: %1 · source: %2 · licence: %3</source>
        <translation>Формулировка ALSFRS-R: %1 · источник: %2 · лицензия: %3</translation>
    </message>
    <message>
        <source>MRC grades: the English original (%1)</source>
        <translation>Оценки MRC: английский оригинал (%1)</translation>
    </message>
</context>
</TS>
