<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CouponsTab</name>
    <message>
        <location filename="../../ui/office_coupons.py" line="36" />
        <source>New batch</source>
        <translation>Новая партия</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="42" />
        <source>Fixed amount</source>
        <translation>Фиксированная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="42" />
        <source>Percentage</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="44" />
        <source>e.g. 100 or 10</source>
        <translation>например, 100 или 10</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="49" />
        <source>No end date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="53" />
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="55" />
        <source>e.g. Spring flyer</source>
        <translation>например, весенняя листовка</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="56" />
        <source>Generate</source>
        <translation>Выпустить</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="62" />
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="63" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="64" />
        <source>Value (money or %)</source>
        <translation>Скидка (сумма или %)</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="65" />
        <source>Minimum receipt</source>
        <translation>Минимальный чек</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="66" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="68" />
        <source>Uses per coupon</source>
        <translation>Использований на купон</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="69" />
        <source>Batch name</source>
        <translation>Название партии</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="79" />
        <source>Save batch as PDF…</source>
        <translation>Сохранить партию в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="81" />
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="86" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="86" />
        <source>Gives</source>
        <translation>Что даёт</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="86" />
        <source>Used</source>
        <translation>Использован</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="97" />
        <source>Where the selected coupon was used</source>
        <translation>Где использован выбранный купон</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="121" />
        <source>Only an owner can issue coupons.</source>
        <translation>Выпускать купоны может только владелец.</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="129" />
        <source>“{text}” is not an amount.</source>
        <translation>«{text}» — не сумма.</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="132" />
        <source>Give either an amount or a percentage (at most 100 %), not both.</source>
        <translation>Укажите либо сумму, либо процент (не больше 100 %), но не оба сразу.</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="134" />
        <source>The end date has already passed.</source>
        <translation>Дата окончания уже прошла.</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="135" />
        <source>From 1 to 10,000 coupons at a time.</source>
        <translation>За раз — от 1 до 10 000 купонов.</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="137" />
        <source>{n} coupons issued.</source>
        <translation>Выпущено купонов: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="144" />
        <source>{batch} ({n})</source>
        <translation>{batch} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="168" />
        <source>Receipt {no}, {when}: −{money}</source>
        <translation>Чек {no}, {when}: −{money}</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="176" />
        <source>Save coupons</source>
        <translation>Сохранить купоны</translation>
    </message>
    <message>
        <location filename="../../ui/office_coupons.py" line="182" />
        <source>Saved to {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="16" />
        <source>Demo shop</source>
        <translation>Демо-магазин</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="17" />
        <source>Preparing the demo bakery: members, cards and six months of sales…</source>
        <translation>Готовим демо-пекарню: участники, карты и продажи за полгода…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="20" />
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="23" />
        <source>Set up your shop</source>
        <translation>Настройка магазина</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="26" />
        <source>This till has no shop yet. Name it and choose the owner's PIN, or look around the demo bakery first.</source>
        <translation>Магазин на этой кассе ещё не настроен. Укажите название и ПИН владельца — или сначала посмотрите демо-пекарню.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="47" />
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="48" />
        <source>Owner's name</source>
        <translation>Имя владельца</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="49" />
        <source>Owner's PIN (4–8 digits)</source>
        <translation>ПИН владельца (4–8 цифр)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="50" />
        <source>PIN again</source>
        <translation>ПИН ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="51" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="58" />
        <source>Open the demo shop</source>
        <translation>Открыть демо-магазин</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="59" />
        <source>Create my shop</source>
        <translation>Создать магазин</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="77" />
        <source>Enter the owner's name.</source>
        <translation>Введите имя владельца.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="79" />
        <source>The two PINs differ.</source>
        <translation>ПИН-коды не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="86" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation>ПИН — от 4 до 8 цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="87" />
        <source>This PIN cannot be used.</source>
        <translation>Этот ПИН использовать нельзя.</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../ui/office_window.py" line="28" />
        <source>Back office — {shop}</source>
        <translation>Управление — {shop}</translation>
    </message>
    <message>
        <location filename="../../ui/office_window.py" line="32" />
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/office_window.py" line="32" />
        <source>Loyalty program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/office_window.py" line="33" />
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <location filename="../../ui/office_window.py" line="33" />
        <source>Card printing</source>
        <translation>Печать карт</translation>
    </message>
    <message>
        <location filename="../../ui/office_window.py" line="34" />
        <source>Staff and audit</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/office_window.py" line="34" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/office_window.py" line="35" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
</context>
<context>
    <name>TillNavigation</name>
    <message>
        <location filename="../../ui/till_navigation.py" line="24" />
        <source>Ctrl+O Back office</source>
        <translation>Ctrl+O Управление</translation>
    </message>
    <message>
        <location filename="../../ui/till_navigation.py" line="25" />
        <source>Ctrl+R Reports</source>
        <translation>Ctrl+R Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/till_navigation.py" line="48" />
        <source>Only an owner can open the back office.</source>
        <translation>Раздел управления доступен только владельцу.</translation>
    </message>
    <message>
        <location filename="../../ui/till_navigation.py" line="55" />
        <source>Reports are for owners and bookkeepers.</source>
        <translation>Отчёты доступны владельцу и бухгалтеру.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>{file} is the shop's own database; choose another file.</source>
        <translation>{file} — это сама база данных магазина; выберите другой файл.</translation>
    </message>
</context>
</TS>