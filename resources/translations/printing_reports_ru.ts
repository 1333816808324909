<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ReceiptOutput</name>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="108"/>
        <source>Receipt {n} printed</source>
        <translation>Чек {n} напечатан</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="112"/>
        <source>The sale is saved; reprint receipt {n} with Ctrl+P.</source>
        <translation>Продажа сохранена; чек {n} можно напечатать повторно по Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="114"/>
        <source>The receipt printer address “{text}” is not valid: check the printer in the settings.</source>
        <translation>Адрес принтера чеков «{text}» указан неверно: проверьте принтер в настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="117"/>
        <source>The receipt printer ({target}) did not respond: {reason}.</source>
        <translation>Принтер чеков ({target}) не отвечает: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="120"/>
        <source>The printer “{name}” is not installed on this computer.</source>
        <translation>Принтер «{name}» не установлен на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="121"/>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="123"/>
        <source>The printer “{name}” refused the receipt.</source>
        <translation>Принтер «{name}» не принял чек.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="125"/>
        <source>The receipt could not be printed: {reason}.</source>
        <translation>Чек не удалось напечатать: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../ui/reports/window.py" line="40"/>
        <source>Reports — {shop}</source>
        <translation>Отчёты — {shop}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="47"/>
        <source>Reports are open to the bookkeeper and the owner only.</source>
        <translation>Отчёты доступны только бухгалтеру и владельцу.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="81"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="84"/>
        <source>Export PDF, CSV and JSON…</source>
        <translation>Выгрузить PDF, CSV и JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="74"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="75"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="76"/>
        <source>Months from</source>
        <translation>Месяцы с</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="79"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="132"/>
        <source>Points and liability</source>
        <translation>Баллы и обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="133"/>
        <source>Sales and discounts</source>
        <translation>Продажи и скидки</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="134"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="135"/>
        <source>All figures (CSV keys)</source>
        <translation>Все показатели (ключи CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="171"/>
        <source>Computing {month} {year}…</source>
        <translation>Считаем {month} {year}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="173"/>
        <source>Computing the month…</source>
        <translation>Считаем месяц…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="175"/>
        <source>Computing {first} to {last}…</source>
        <translation>Считаем с {first} по {last}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="177"/>
        <source>Computing the months…</source>
        <translation>Считаем месяцы…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="227"/>
        <source>month in progress: figures up to {day}</source>
        <translation>месяц не закончен: данные по {day}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="235"/>
        <source>The files cannot be written: {reason}</source>
        <translation>Не удаётся записать файлы: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="239"/>
        <source>The report could not be made: {reason}</source>
        <translation>Не удалось построить отчёт: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="246"/>
        <source>{month} has not begun yet: reports cover months up to this one</source>
        <translation>{month} ещё не начался: отчёт строится за месяцы по текущий включительно</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="249"/>
        <source>the first month is after the last one</source>
        <translation>первый месяц позже последнего</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="250"/>
        <source>a report covers at most {n} months</source>
        <translation>отчёт охватывает не больше {n} месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="254"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="259"/>
        <source>Folder for the report files</source>
        <translation>Папка для файлов отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="283"/>
        <source>Writing the report files…</source>
        <translation>Записываем файлы отчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="303"/>
        <source>Saved {pdf} with its CSV and JSON.</source>
        <translation>Сохранено: {pdf}, а также CSV и JSON.</translation>
    </message>
</context>
</TS>
