<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/office/staff.py" line="64"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="64"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="64"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="64"/>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="65"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../ui/office/backup.py" line="67"/>
        <source>Back up to a file…</source>
        <translation>Сохранить копию в файл…</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="70"/>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="71"/>
        <source>A verified copy of the whole shop: members, cards, points, sales, staff and settings. Keep it on a USB stick or in the cloud, away from this computer.</source>
        <translation>Проверенная копия всего магазина: участники, карты, баллы, продажи, сотрудники и настройки. Храните её на флешке или в облаке, не на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="74"/>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="76"/>
        <location filename="../../ui/office/backup.py" line="170"/>
        <location filename="../../ui/office/backup.py" line="204"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="77"/>
        <source>Replaces all the shop&apos;s data with a backup, after checking it. The current data is kept beside it in a .before-restore file with the date and time. The shop then opens again, with its login.</source>
        <translation>Заменяет все данные магазина резервной копией, предварительно проверив её. Текущие данные сохраняются рядом в файле .before-restore с датой и временем. Затем магазин открывается заново, со входом по PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="106"/>
        <source>No backup has been made yet. Make one now.</source>
        <translation>Резервная копия ещё ни разу не делалась. Сделайте её сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="108"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/backup.py" line="109"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="110"/>
        <source>Last backup: {when} ({ago}).</source>
        <translation>Последняя резервная копия: {when} ({ago}).</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="113"/>
        <source>That is more than a week ago: make a new one.</source>
        <translation>Это больше недели назад: сделайте новую.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="123"/>
        <source>Only an owner can back up or restore.</source>
        <translation>Сохранять и восстанавливать копии может только владелец.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="131"/>
        <source>Back up to</source>
        <translation>Сохранить копию в</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="132"/>
        <source>Shop backups (*.db)</source>
        <translation>Копии магазина (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="137"/>
        <source>Copying and checking the backup…</source>
        <translation>Копирование и проверка копии…</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="138"/>
        <source>The backup failed and no file was kept: {problem}</source>
        <translation>Копия не создана, файл не сохранён: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="143"/>
        <source>Backup written and verified: {file}</source>
        <translation>Копия записана и проверена: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="152"/>
        <source>Finish, park or void the sale at the till before restoring.</source>
        <translation>Перед восстановлением завершите, отложите или отмените продажу на кассе.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="154"/>
        <source>Restore from</source>
        <translation>Восстановить из</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="155"/>
        <source>Shop backups (*.db);;All files (*)</source>
        <translation>Копии магазина (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="161"/>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="163"/>
        <location filename="../../ui/office/backup.py" line="194"/>
        <source>Nothing was restored: {problem}</source>
        <translation>Ничего не восстановлено: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="167"/>
        <source>Its latest sale was made {when}.</source>
        <translation>Последняя продажа в ней: {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="169"/>
        <source>It holds no sales.</source>
        <translation>Продаж в ней нет.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="171"/>
        <source>{file} is a sound shop backup. {made} Replace ALL the shop&apos;s current data with it? Sales and returns made since, which will be gone: {lost} (the current data is kept in a .before-restore file).</source>
        <translation>{file} — исправная резервная копия магазина. {made} Заменить ВСЕ текущие данные магазина этой копией? Продаж и возвратов после неё, которые пропадут: {lost} (текущие данные сохранятся в файле .before-restore).</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="184"/>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="193"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="197"/>
        <source>The shop was restored from {file}. It opens again now: log in to work with the restored data.</source>
        <translation>Магазин восстановлен из {file}. Сейчас он откроется заново: войдите, чтобы работать с восстановленными данными.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="238"/>
        <source>the file {file} does not exist.</source>
        <translation>файла {file} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="239"/>
        <source>{file} is the shop&apos;s own database, not a backup of it.</source>
        <translation>{file} — это сама база данных магазина, а не её резервная копия.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="240"/>
        <source>{file} is empty: it is not a shop backup.</source>
        <translation>файл {file} пуст: это не резервная копия магазина.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="241"/>
        <source>{file} is not a shop backup (not a database file).</source>
        <translation>{file} — не резервная копия магазина (это не файл базы данных).</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="242"/>
        <source>{file} is damaged or incomplete.</source>
        <translation>файл {file} повреждён или неполон.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="243"/>
        <source>{file} belongs to another program, not to this shop.</source>
        <translation>{file} принадлежит другой программе, а не этому магазину.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="244"/>
        <source>{file} is a database, but not a shop backup.</source>
        <translation>{file} — база данных, но не резервная копия магазина.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="245"/>
        <source>{file} was made by a newer version of this program; update the program first.</source>
        <translation>{file} создан более новой версией программы; сначала обновите программу.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="247"/>
        <source>{file} failed the check: {problem}</source>
        <translation>{file} не прошёл проверку: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="249"/>
        <source>{file} cannot be used.</source>
        <translation>{file} нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="199"/>
        <source>The shop was restored from {file}. The application closes now: start it again to work with the restored data.</source>
        <translation>Магазин восстановлен из {file}. Сейчас программа закроется: запустите её снова, чтобы работать с восстановленными данными.</translation>
    </message>
</context>
<context>
    <name>CardPrintingTab</name>
    <message>
        <location filename="../../ui/office/cards.py" line="72"/>
        <source>Front</source>
        <translation>Лицевая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="73"/>
        <source>Back</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="85"/>
        <source>Cards to print</source>
        <translation>Какие карты печатать</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="87"/>
        <source>New bearer cards</source>
        <translation>Новые карты на предъявителя</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="91"/>
        <source>All members</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="92"/>
        <source>Chosen members</source>
        <translation>Выбранные участники</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="98"/>
        <source>Find by name, phone or card</source>
        <translation>Поиск по имени, телефону или карте</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="101"/>
        <source>the program&apos;s default</source>
        <translation>тип по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="105"/>
        <source>Card type of new cards</source>
        <translation>Тип новых карт</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="120"/>
        <source>Design</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="123"/>
        <source>CR80 card, front and back pages</source>
        <translation>Карта CR80, лицевая и оборотная страницы</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="124"/>
        <source>A4 sheet of 10 with crop marks</source>
        <translation>Лист A4 на 10 карт с метками реза</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="126"/>
        <source>Classic: colour band at the top</source>
        <translation>Классика: цветная полоса сверху</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="127"/>
        <source>Minimal: white, centred</source>
        <translation>Минимализм: белая, по центру</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="128"/>
        <source>Band at the side</source>
        <translation>Полоса сбоку</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="133"/>
        <source>Short terms printed on the back</source>
        <translation>Краткие условия на обороте</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="136"/>
        <source>Print the member&apos;s name</source>
        <translation>Печатать имя участника</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="139"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="140"/>
        <source>Look</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="154"/>
        <source>Save their numbers (CSV)…</source>
        <translation>Сохранить их номера (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="155"/>
        <source>The card numbers of the last cards made, for a card printing service or a spreadsheet</source>
        <translation>Номера последних сделанных карт — для типографии или таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="159"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="288"/>
        <source>The terms on the back fit {n} characters at most.</source>
        <translation>Условия на обороте — не больше {n} символов.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="346"/>
        <source>The shop&apos;s logo cannot be read; choose it again in the settings.</source>
        <translation>Логотип магазина не читается; выберите его заново в настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="141"/>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="146"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="149"/>
        <source>Default printer</source>
        <translation>Принтер по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="158"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="164"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="229"/>
        <source>Only an owner can change the card design.</source>
        <translation>Оформление карт может менять только владелец.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="248"/>
        <source>Save cards as PDF</source>
        <translation>Сохранить карты в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="248"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="258"/>
        <source>No printer was found. Install the card printer in the system, or save the cards as a PDF.</source>
        <translation>Принтер не найден. Установите принтер карт в системе или сохраните карты в PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="270"/>
        <source>Save the list of card numbers</source>
        <translation>Сохранить список номеров карт</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="271"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="279"/>
        <source>The list of {n} card numbers is saved.</source>
        <translation>Список номеров карт ({n}) сохранён.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="285"/>
        <source>Tick the members whose cards to print.</source>
        <translation>Отметьте участников, чьи карты печатать.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="299"/>
        <source>Preparing cards…</source>
        <translation>Готовим карты…</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="330"/>
        <source>{n} cards done.</source>
        <translation>Готово карт: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="339"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="343"/>
        <source>The printer “{name}” cannot be used.</source>
        <translation>Принтер «{name}» недоступен.</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="344"/>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="348"/>
        <source>The program has no card type “{id}”</source>
        <translation>В программе нет типа карт «{id}»</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="350"/>
        <source>The file cannot be written: {reason}</source>
        <translation>Не удаётся записать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="351"/>
        <source>The cards could not be made: {reason}</source>
        <translation>Не удалось подготовить карты: {reason}</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/office/catalogue.py" line="35"/>
        <source>Find by name or barcode</source>
        <translation>Поиск по названию или штрихкоду</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="37"/>
        <source>Show retired</source>
        <translation>Показать снятые с продажи</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="40"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="40"/>
        <location filename="../../ui/office/catalogue.py" line="253"/>
        <location filename="../../ui/office/catalogue.py" line="263"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="41"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="41"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="42"/>
        <source>Excluded</source>
        <translation>Исключения</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="56"/>
        <source>Add product…</source>
        <translation>Добавить товар…</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="57"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="58"/>
        <location filename="../../ui/office/catalogue.py" line="148"/>
        <source>Retire</source>
        <translation>Снять с продажи</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="59"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="60"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="87"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="90"/>
        <source>New…</source>
        <translation>Новая…</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="91"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="113"/>
        <source>discounts</source>
        <translation>скидки</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="114"/>
        <source>points</source>
        <translation>баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="116"/>
        <source>retired</source>
        <translation>снят с продажи</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="147"/>
        <source>Restore</source>
        <translation>Вернуть в продажу</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="178"/>
        <source>“{name}” added.</source>
        <translation>«{name}» добавлен.</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="188"/>
        <source>“{name}” saved; a new price applies to new sales.</source>
        <translation>«{name}» сохранён; новая цена действует для новых продаж.</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="203"/>
        <source>“{name}” retired: no longer sold, its sales kept.</source>
        <translation>«{name}» снят с продажи; его продажи сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="205"/>
        <source>“{name}” is on sale again.</source>
        <translation>«{name}» снова в продаже.</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="208"/>
        <source>Products CSV</source>
        <translation>CSV с товарами</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="209"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="222"/>
        <source>Nothing imported: {n} bad row(s).</source>
        <translation>Ничего не импортировано: ошибочных строк — {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="229"/>
        <source>Cannot read the file: {why}</source>
        <translation>Не удаётся прочитать файл: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="233"/>
        <source>{n} products imported.</source>
        <translation>Импортировано товаров: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="237"/>
        <source>Export the catalogue</source>
        <translation>Экспорт каталога</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="250"/>
        <source>{n} products written to {path}.</source>
        <translation>Товаров записано в {path}: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="253"/>
        <source>New category</source>
        <translation>Новая категория</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="260"/>
        <source>Choose a category to rename.</source>
        <translation>Выберите категорию для переименования.</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="262"/>
        <source>Rename “{name}”</source>
        <translation>Переименовать «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="274"/>
        <source>Category “{name}” saved.</source>
        <translation>Категория «{name}» сохранена.</translation>
    </message>
</context>
<context>
    <name>CouponsTab</name>
    <message>
        <location filename="../../ui/office/coupons.py" line="41"/>
        <source>New batch</source>
        <translation>Новая партия</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="49"/>
        <source>Fixed amount</source>
        <translation>Фиксированная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="49"/>
        <source>Percentage</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="51"/>
        <source>e.g. 100 or 10</source>
        <translation>например, 100 или 10</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="55"/>
        <source>No end date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="59"/>
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="60"/>
        <source>Not combinable with other coupons</source>
        <translation>Не сочетается с другими купонами</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="62"/>
        <source>e.g. Spring flyer</source>
        <translation>например, весенняя листовка</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="63"/>
        <source>Generate</source>
        <translation>Выпустить</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="69"/>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="70"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="71"/>
        <source>Value (money or %)</source>
        <translation>Скидка (сумма или %)</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="72"/>
        <source>Minimum receipt</source>
        <translation>Минимальный чек</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="73"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="75"/>
        <source>Uses per coupon</source>
        <translation>Использований на купон</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="77"/>
        <source>Batch name</source>
        <translation>Название партии</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="90"/>
        <source>Save batch as PDF…</source>
        <translation>Сохранить партию в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="92"/>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="96"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="96"/>
        <source>Gives</source>
        <translation>Что даёт</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="96"/>
        <source>Used</source>
        <translation>Погашен</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="114"/>
        <source>Where the selected coupon was used</source>
        <translation>Где использован выбранный купон</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="143"/>
        <source>Only an owner can issue coupons.</source>
        <translation>Выпускать купоны может только владелец.</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="152"/>
        <source>“{text}” is not an amount.</source>
        <translation>«{text}» — не сумма.</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="155"/>
        <source>Give either an amount or a percentage (at most 100 %), not both.</source>
        <translation>Укажите либо сумму, либо процент (не больше 100 %), но не оба сразу.</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="157"/>
        <source>The end date has already passed.</source>
        <translation>Дата окончания уже прошла.</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="158"/>
        <source>From 1 to 10,000 coupons at a time.</source>
        <translation>За раз — от 1 до 10 000 купонов.</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="160"/>
        <source>{n} coupons issued.</source>
        <translation>Выпущено купонов: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="167"/>
        <source>Next-visit coupons</source>
        <translation>Купоны на следующий визит</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="168"/>
        <source>{batch} ({n})</source>
        <translation>{batch} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="192"/>
        <source>Receipt {no}, {when}: −{money}</source>
        <translation>Чек {no}, {when}: −{money}</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="204"/>
        <source>Save coupons</source>
        <translation>Сохранить купоны</translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="214"/>
        <source>Saved to {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../ui/office/window.py" line="84"/>
        <source>Switch shop…</source>
        <translation>Сменить магазин…</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="86"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="87"/>
        <source>Back office — {shop}</source>
        <translation>Управление — {shop}</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="93"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="93"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="94"/>
        <source>Loyalty program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="95"/>
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="95"/>
        <source>Card printing</source>
        <translation>Печать карт</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="96"/>
        <source>Staff and audit</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="96"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="97"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="25"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="26"/>
        <source>Product “{name}”</source>
        <translation>Товар «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="28"/>
        <source>EAN-13, EAN-8 or a shop code</source>
        <translation>EAN-13, EAN-8 или код магазина</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="33"/>
        <source>— no category —</source>
        <translation>— без категории —</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="38"/>
        <source>Never discounted (e.g. tobacco)</source>
        <translation>Без скидок (например, табак)</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="39"/>
        <source>Earns no points</source>
        <translation>Без начисления баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="47"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="48"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="49"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="50"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="67"/>
        <source>“{text}” is not a price.</source>
        <translation>«{text}» — не цена.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/office/settings.py" line="65"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="87"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="271"/>
        <source>no logo</source>
        <translation>без логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="100"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="93"/>
        <source>Street, house, town</source>
        <translation>Улица, дом, город</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="102"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="114"/>
        <location filename="../../ui/office/settings.py" line="326"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="114"/>
        <location filename="../../ui/office/settings.py" line="327"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="115"/>
        <location filename="../../ui/office/settings.py" line="326"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="115"/>
        <location filename="../../ui/office/settings.py" line="327"/>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="116"/>
        <location filename="../../ui/office/settings.py" line="328"/>
        <source>Shop colour</source>
        <translation>Цвет магазина</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="117"/>
        <location filename="../../ui/office/settings.py" line="329"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="118"/>
        <location filename="../../ui/office/settings.py" line="329"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="119"/>
        <location filename="../../ui/office/settings.py" line="330"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="120"/>
        <location filename="../../ui/office/settings.py" line="330"/>
        <source>Card number prefix</source>
        <translation>Префикс номера карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="128"/>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="128"/>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="129"/>
        <source>Teal</source>
        <translation>Бирюзовый</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="129"/>
        <source>Burgundy</source>
        <translation>Бордовый</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="130"/>
        <source>Terracotta</source>
        <translation>Терракотовый</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="130"/>
        <source>Plum</source>
        <translation>Сливовый</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="131"/>
        <source>Graphite</source>
        <translation>Графитовый</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="131"/>
        <source>Sand</source>
        <translation>Песочный</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="138"/>
        <source>Returns and manager PIN</source>
        <translation>Возвраты и PIN управляющего</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="142"/>
        <source>Allow a negative balance</source>
        <translation>Разрешить минусовый баланс</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="143"/>
        <source>Deduct from the refund</source>
        <translation>Удержать из суммы возврата</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="144"/>
        <source>Manager PIN to void a sale</source>
        <translation>PIN управляющего для отмены продажи</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="145"/>
        <source>Manager PIN for a return</source>
        <translation>PIN управляющего для возврата</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="146"/>
        <source>Points missing on a return</source>
        <translation>Если при возврате не хватает баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="153"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="160"/>
        <source>Print the “not fiscal” note</source>
        <translation>Печатать «не фискальный документ»</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="161"/>
        <location filename="../../ui/office/settings.py" line="331"/>
        <source>Header</source>
        <translation>Шапка</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="162"/>
        <location filename="../../ui/office/settings.py" line="331"/>
        <source>Footer</source>
        <translation>Подвал</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="167"/>
        <source>Receipt printer</source>
        <translation>Принтер чеков</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="171"/>
        <source>None (preview only)</source>
        <translation>Нет (только просмотр)</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="171"/>
        <source>ESC/POS over USB</source>
        <translation>ESC/POS по USB</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="172"/>
        <source>ESC/POS serial port</source>
        <translation>ESC/POS, COM-порт</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="173"/>
        <source>ESC/POS network</source>
        <translation>ESC/POS по сети</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="174"/>
        <source>ESC/POS device file</source>
        <translation>ESC/POS, файл устройства</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="174"/>
        <source>System printer</source>
        <translation>Системный принтер</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="177"/>
        <source>58 mm roll</source>
        <translation>Лента 58 мм</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="177"/>
        <source>80 mm roll</source>
        <translation>Лента 80 мм</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="178"/>
        <source>A4 sheet</source>
        <translation>Лист A4</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="180"/>
        <source>Print after each payment</source>
        <translation>Печатать после каждой оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="181"/>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="183"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="183"/>
        <location filename="../../ui/office/settings.py" line="332"/>
        <source>Where</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="184"/>
        <location filename="../../ui/office/settings.py" line="332"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="184"/>
        <source>Code page</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="252"/>
        <source>Shop logo</source>
        <translation>Логотип магазина</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="252"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="263"/>
        <source>The logo is copied into the shop&apos;s data when you save; the file itself is no longer needed then.</source>
        <translation>При сохранении логотип копируется в данные магазина; сам файл после этого не нужен.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="285"/>
        <source>Nothing to save: the settings are unchanged.</source>
        <translation>Сохранять нечего: настройки не изменились.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="287"/>
        <source>Saved. The new language shows after the application restarts.</source>
        <translation>Сохранено. Новый язык появится после перезапуска программы.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="290"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="299"/>
        <source>Printing a test receipt…</source>
        <translation>Печать пробного чека…</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="308"/>
        <source>The test receipt was sent. Check that the printer printed it and the Russian letters read correctly.</source>
        <translation>Пробный чек отправлен. Проверьте, что принтер его напечатал и русские буквы читаются.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="334"/>
        <source>Only an owner can change the settings.</source>
        <translation>Изменять настройки может только владелец.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="335"/>
        <source>fill this in.</source>
        <translation>заполните это поле.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="336"/>
        <source>at most {n} characters.</source>
        <translation>не больше {n} символов.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="337"/>
        <source>unknown time zone; write it like Europe/Moscow.</source>
        <translation>неизвестный часовой пояс; пишите как Europe/Moscow.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="338"/>
        <source>the file does not exist.</source>
        <translation>файл не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="339"/>
        <source>choose a PNG or JPEG image.</source>
        <translation>выберите изображение PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="340"/>
        <source>the image is larger than {n} KB; save it smaller.</source>
        <translation>изображение больше {n} КБ; сохраните его меньшего размера.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="342"/>
        <source>at most {n} lines.</source>
        <translation>не больше {n} строк.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="343"/>
        <source>digits, and letters, spaces or dashes where the country uses them.</source>
        <translation>цифры (и буквы, пробелы или дефисы, где так принято в стране).</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="345"/>
        <source>an INN has 10 or 12 digits, the last ones check digits: this one does not add up (mistyped?).</source>
        <translation>в ИНН 10 или 12 цифр, последние — контрольные: здесь они не сходятся (опечатка?).</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="347"/>
        <source>that is the shop&apos;s own database, not an image.</source>
        <translation>это сама база данных магазина, а не изображение.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="348"/>
        <source>enter where the printer is.</source>
        <translation>укажите, где находится принтер.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="349"/>
        <source>write the vendor and product id like 0416:5011.</source>
        <translation>укажите код производителя и устройства, например 0416:5011.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="350"/>
        <source>the port must be a number, like 192.168.1.50:9100.</source>
        <translation>порт должен быть числом, например 192.168.1.50:9100.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="351"/>
        <source>the speed must be a number, like COM3:9600.</source>
        <translation>скорость должна быть числом, например COM3:9600.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="352"/>
        <source>write a host name or an IP address, like 192.168.1.50 or [::1]:9100.</source>
        <translation>укажите имя хоста или IP-адрес, например 192.168.1.50 или [::1]:9100.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="354"/>
        <source>choose the kind of printer.</source>
        <translation>выберите вид принтера.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="355"/>
        <source>A4 needs a system printer; thermal printers use 58 or 80 mm rolls.</source>
        <translation>для A4 нужен системный принтер; термопринтеры печатают на ленте 58 или 80 мм.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="359"/>
        <source>choose 20 to 29, the shop&apos;s own range of barcodes.</source>
        <translation>выберите от 20 до 29 — собственный диапазон штрихкодов магазина.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="361"/>
        <source>choose one of the offered values.</source>
        <translation>выберите одно из предложенных значений.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="367"/>
        <source>No receipt printer is chosen.</source>
        <translation>Принтер чеков не выбран.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="368"/>
        <source>A system printer prints through the print dialog.</source>
        <translation>Системный принтер печатает через окно печати.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="369"/>
        <source>Check where the printer is.</source>
        <translation>Проверьте адрес принтера.</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="370"/>
        <source>The printer did not print: {reason}</source>
        <translation>Принтер не напечатал: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/office/staff.py" line="28"/>
        <source>Full name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="28"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="28"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="44"/>
        <source>Active</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="44"/>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../ui/office/staff.py" line="121"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="121"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="122"/>
        <source>Bookkeeper</source>
        <translation>Бухгалтер</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="127"/>
        <source>You can look, but only an owner can change staff.</source>
        <translation>Смотреть можно, но менять сотрудников может только владелец.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="151"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="161"/>
        <source>new PIN</source>
        <translation>новый PIN</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="163"/>
        <source>name of the new staff member</source>
        <translation>имя нового сотрудника</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="164"/>
        <source>PIN, 4–12 digits</source>
        <translation>PIN, 4–12 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="165"/>
        <source>Change role</source>
        <translation>Сменить роль</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="166"/>
        <source>Set PIN</source>
        <translation>Задать PIN</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="167"/>
        <location filename="../../ui/office/staff.py" line="347"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="168"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="169"/>
        <location filename="../../ui/office/staff.py" line="274"/>
        <source>Choose a person in the list</source>
        <translation>Выберите сотрудника в списке</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="193"/>
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="206"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="206"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="207"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="207"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="237"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="239"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="298"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN — это от 4 до 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="299"/>
        <source>Someone already uses this PIN: choose another.</source>
        <translation>Этот PIN уже занят: выберите другой.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="300"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Введите имя сотрудника.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="301"/>
        <source>Only an owner can change staff.</source>
        <translation>Менять сотрудников может только владелец.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="302"/>
        <source>{name} is the last active owner: add another owner first.</source>
        <translation>{name} — последний действующий владелец: сначала добавьте другого владельца.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="304"/>
        <location filename="../../ui/office/staff.py" line="353"/>
        <source>{name} is deactivated.</source>
        <translation>{name}: сотрудник отключён.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="305"/>
        <location filename="../../ui/office/staff.py" line="311"/>
        <source>Choose a person in the list first.</source>
        <translation>Сначала выберите сотрудника в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="318"/>
        <source>{name} can now log in with their PIN.</source>
        <translation>{name} теперь может входить по своему PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="327"/>
        <source>{name}&apos;s role is changed.</source>
        <translation>{name}: роль изменена.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="335"/>
        <source>{name} has a new PIN.</source>
        <translation>{name}: PIN изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="348"/>
        <source>{name} will no longer be able to log in. Continue?</source>
        <translation>{name} больше не сможет входить в программу. Продолжить?</translation>
    </message>
</context>
</TS>
