<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CardPrintingTab</name>
    <message>
        <location filename="../../ui/office/cards.py" line="58"/>
        <source>Front</source>
        <translation>Лицевая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="59"/>
        <source>Back</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="71"/>
        <source>Cards to print</source>
        <translation>Какие карты печатать</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="73"/>
        <source>New bearer cards</source>
        <translation>Новые карты на предъявителя</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="77"/>
        <source>All members</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="78"/>
        <source>Chosen members</source>
        <translation>Выбранные участники</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="84"/>
        <source>Find by name, phone or card</source>
        <translation>Поиск по имени, телефону или карте</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="101"/>
        <source>Design</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="104"/>
        <source>CR80 card, front and back pages</source>
        <translation>Карта CR80, лицевая и оборотная страницы</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="105"/>
        <source>A4 sheet of 10 with crop marks</source>
        <translation>Лист A4 на 10 карт с метками реза</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="107"/>
        <source>Short terms printed on the back</source>
        <translation>Краткие условия на обороте</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="110"/>
        <source>Print the member&apos;s name</source>
        <translation>Печатать имя участника</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="113"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="114"/>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="119"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="122"/>
        <source>Default printer</source>
        <translation>Принтер по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="127"/>
        <source>Also save the list of card numbers (CSV)</source>
        <translation>Сохранить и список номеров карт (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="128"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="129"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="133"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="205"/>
        <source>Save cards as PDF</source>
        <translation>Сохранить карты в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="206"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="215"/>
        <source>Save the list of card numbers</source>
        <translation>Сохранить список номеров карт</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="216"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="227"/>
        <source>Tick the members whose cards to print.</source>
        <translation>Отметьте участников, чьи карты печатать.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="236"/>
        <source>Preparing cards…</source>
        <translation>Готовим карты…</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="264"/>
        <source>{n} cards done.</source>
        <translation>Готово карт: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="273"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="277"/>
        <source>The printer “{name}” cannot be used.</source>
        <translation>Принтер «{name}» недоступен.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="278"/>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="280"/>
        <source>The logo file cannot be read: {path}</source>
        <translation>Не удаётся прочитать файл логотипа: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="282"/>
        <source>The file cannot be written: {reason}</source>
        <translation>Не удаётся записать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="283"/>
        <source>The cards could not be made: {reason}</source>
        <translation>Не удалось подготовить карты: {reason}</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../../ui/widgets/background.py" line="104"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="31"/>
        <source>Sale {n}</source>
        <translation>Продажа № {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="31"/>
        <source>Return {n}</source>
        <translation>Возврат № {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="37"/>
        <source>Change: {amount}</source>
        <translation>Сдача: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="54"/>
        <source>Ctrl+P  Print</source>
        <translation>Ctrl+P  Печать</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="57"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="59"/>
        <source>Enter  Next customer</source>
        <translation>Enter  Следующий покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="88"/>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="89"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="96"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="96"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="96"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="97"/>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="97"/>
        <source>Withheld</source>
        <translation>Удержано</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="101"/>
        <source>received</source>
        <translation>получено</translation>
    </message>
</context>
<context>
    <name>ReceiptOutput</name>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="130"/>
        <source>Receipt {n} printed</source>
        <translation>Чек {n} напечатан</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="134"/>
        <source>The sale is saved; reprint receipt {n} with Ctrl+P.</source>
        <translation>Продажа сохранена; чек {n} можно напечатать повторно по Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="136"/>
        <source>The receipt printer address “{text}” is not valid: check the printer in the settings.</source>
        <translation>Адрес принтера чеков «{text}» указан неверно: проверьте принтер в настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="139"/>
        <source>The receipt printer ({target}) did not respond: {reason}.</source>
        <translation>Принтер чеков ({target}) не отвечает: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="142"/>
        <source>The printer “{name}” is not installed on this computer.</source>
        <translation>Принтер «{name}» не установлен на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="143"/>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="145"/>
        <source>The printer “{name}” refused the receipt.</source>
        <translation>Принтер «{name}» не принял чек.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receipt_output.py" line="147"/>
        <source>The receipt could not be printed: {reason}.</source>
        <translation>Чек не удалось напечатать: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../ui/reports/window.py" line="38"/>
        <source>Reports — {shop}</source>
        <translation>Отчёты — {shop}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="45"/>
        <source>Reports are open to the bookkeeper and the owner only.</source>
        <translation>Отчёты доступны только бухгалтеру и владельцу.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="79"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="82"/>
        <source>Export PDF, CSV and JSON…</source>
        <translation>Выгрузить PDF, CSV и JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="72"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="73"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="74"/>
        <source>Months from</source>
        <translation>Месяцы с</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="77"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="130"/>
        <source>Points and liability</source>
        <translation>Баллы и обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="131"/>
        <source>Sales and discounts</source>
        <translation>Продажи и скидки</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="132"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="133"/>
        <source>All figures (CSV keys)</source>
        <translation>Все показатели (ключи CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="168"/>
        <source>Computing {month} {year}…</source>
        <translation>Считаем {month} {year}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="170"/>
        <source>Computing the month…</source>
        <translation>Считаем месяц…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="172"/>
        <source>Computing {first} to {last}…</source>
        <translation>Считаем с {first} по {last}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="174"/>
        <source>Computing the months…</source>
        <translation>Считаем месяцы…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="211"/>
        <source>month in progress: figures up to {day}</source>
        <translation>месяц не закончен: данные по {day}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="219"/>
        <source>The files cannot be written: {reason}</source>
        <translation>Не удаётся записать файлы: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="223"/>
        <source>The report could not be made: {reason}</source>
        <translation>Не удалось построить отчёт: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="230"/>
        <source>{month} has not begun yet: reports cover months up to this one</source>
        <translation>{month} ещё не начался: отчёт строится за месяцы по текущий включительно</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="233"/>
        <source>the first month is after the last one</source>
        <translation>первый месяц позже последнего</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="234"/>
        <source>a report covers at most {n} months</source>
        <translation>отчёт охватывает не больше {n} месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="238"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="243"/>
        <source>Folder for the report files</source>
        <translation>Папка для файлов отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="266"/>
        <source>Writing the report files…</source>
        <translation>Записываем файлы отчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/window.py" line="282"/>
        <source>Saved {pdf} with its CSV and JSON.</source>
        <translation>Сохранено: {pdf}, а также CSV и JSON.</translation>
    </message>
</context>
<context>
    <name>TillPrinting</name>
    <message>
        <location filename="../../ui/till/printing.py" line="46"/>
        <source>Change: {amount}.</source>
        <translation>Сдача: {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="63"/>
        <location filename="../../ui/till/printing.py" line="122"/>
        <source>There is no receipt {n}</source>
        <translation>Чека {n} нет</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="69"/>
        <source>No receipt printer is set up: choose one in the back office settings.</source>
        <translation>Принтер чеков не настроен: выберите его в настройках бэк-офиса.</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="75"/>
        <source>Printing receipt {n}…</source>
        <translation>Печатаем чек {n}…</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="89"/>
        <source>Save the receipt as PDF</source>
        <translation>Сохранить чек в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="90"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="97"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>PDF не удалось сохранить: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="100"/>
        <source>Receipt saved to {path}</source>
        <translation>Чек сохранён: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="109"/>
        <source>Reprint a receipt</source>
        <translation>Повторная печать чека</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="110"/>
        <source>Receipt number</source>
        <translation>Номер чека</translation>
    </message>
</context>
</TS>
