<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/office/staff.py" line="62" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="62" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="62" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="62" />
            <source>Subject</source>
            <translation>Объект</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="63" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="66" />
            <source>Sale voided</source>
            <translation>Отмена продажи</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="66" />
            <source>Staff added</source>
            <translation>Добавлен сотрудник</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="67" />
            <source>Role changed</source>
            <translation>Изменена роль</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="68" />
            <source>Staff deactivated</source>
            <translation>Сотрудник отключён</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="69" />
            <source>PIN reset</source>
            <translation>Сброс PIN</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="69" />
            <source>Settings changed</source>
            <translation>Изменены настройки</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="70" />
            <source>Backup made</source>
            <translation>Резервная копия</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="70" />
            <source>Return</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="71" />
            <source>Points adjusted</source>
            <translation>Корректировка баллов</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="71" />
            <source>Program changed</source>
            <translation>Изменена программа</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="88" />
            <source>system</source>
            <translation>система</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <location filename="../../ui/office/backup.py" line="63" />
            <source>Back up to a file…</source>
            <translation>Сохранить копию в файл…</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="66" />
            <source>Back up</source>
            <translation>Резервная копия</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="67" />
            <source>A verified copy of the whole shop: members, cards, points, sales, staff and settings. Keep it on a USB stick or in the cloud, away from this computer.</source>
            <translation>Проверенная копия всего магазина: участники, карты, баллы, продажи, сотрудники и настройки. Храните её на флешке или в облаке, не на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="70" />
            <source>Restore from a file…</source>
            <translation>Восстановить из файла…</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="72" />
            <location filename="../../ui/office/backup.py" line="158" />
            <location filename="../../ui/office/backup.py" line="189" />
            <source>Restore</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="73" />
            <source>Replaces all the shop's data with a backup, after checking it. The current data is kept beside it in a .before-restore file with the date and time. The application then restarts.</source>
            <translation>Заменяет все данные магазина резервной копией, предварительно проверив её. Текущие данные сохраняются рядом в файле .before-restore с датой и временем. Затем программа перезапускается.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="102" />
            <source>No backup has been made yet. Make one now.</source>
            <translation>Резервная копия ещё ни разу не делалась. Сделайте её сейчас.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="104" />
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/office/backup.py" line="105" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n день назад</numerusform>
                <numerusform>%n дня назад</numerusform>
                <numerusform>%n дней назад</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="106" />
            <source>Last backup: {when} ({ago}).</source>
            <translation>Последняя резервная копия: {when} ({ago}).</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="109" />
            <source>That is more than a week ago: make a new one.</source>
            <translation>Это больше недели назад: сделайте новую.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="119" />
            <source>Only an owner can back up or restore.</source>
            <translation>Сохранять и восстанавливать копии может только владелец.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="127" />
            <source>Back up to</source>
            <translation>Сохранить копию в</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="128" />
            <source>Shop backups (*.db)</source>
            <translation>Копии магазина (*.db)</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="133" />
            <source>Copying and checking the backup…</source>
            <translation>Копирование и проверка копии…</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="134" />
            <source>The backup failed and no file was kept: {problem}</source>
            <translation>Копия не создана, файл не сохранён: {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="139" />
            <source>Backup written and verified: {file}</source>
            <translation>Копия записана и проверена: {file}</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="146" />
            <source>Restore from</source>
            <translation>Восстановить из</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="147" />
            <source>Shop backups (*.db);;All files (*)</source>
            <translation>Копии магазина (*.db);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="153" />
            <source>Checking the backup…</source>
            <translation>Проверка резервной копии…</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="155" />
            <location filename="../../ui/office/backup.py" line="181" />
            <source>Nothing was restored: {problem}</source>
            <translation>Ничего не восстановлено: {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="159" />
            <source>{file} is a sound shop backup. Replace ALL the shop's current data with it? Sales made since that backup will be gone (the current data is kept in a .before-restore file).</source>
            <translation>{file} — исправная резервная копия магазина. Заменить ею ВСЕ текущие данные магазина? Продажи, сделанные после этой копии, пропадут (текущие данные сохранятся в файле .before-restore).</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="171" />
            <source>Nothing was restored.</source>
            <translation>Ничего не восстановлено.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="180" />
            <source>Restoring…</source>
            <translation>Восстановление…</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="223" />
            <source>the file {file} does not exist.</source>
            <translation>файла {file} не существует.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="224" />
            <source>{file} is the shop's own database, not a backup of it.</source>
            <translation>{file} — это сама база данных магазина, а не её резервная копия.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="225" />
            <source>{file} is empty: it is not a shop backup.</source>
            <translation>файл {file} пуст: это не резервная копия магазина.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="226" />
            <source>{file} is not a shop backup (not a database file).</source>
            <translation>{file} — не резервная копия магазина (это не файл базы данных).</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="227" />
            <source>{file} is damaged or incomplete.</source>
            <translation>файл {file} повреждён или неполон.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="228" />
            <source>{file} belongs to another program, not to this shop.</source>
            <translation>{file} принадлежит другой программе, а не этому магазину.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="229" />
            <source>{file} is a database, but not a shop backup.</source>
            <translation>{file} — база данных, но не резервная копия магазина.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="230" />
            <source>{file} was made by a newer version of this program; update the program first.</source>
            <translation>{file} создан более новой версией программы; сначала обновите программу.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="232" />
            <source>{file} failed the check: {problem}</source>
            <translation>{file} не прошёл проверку: {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="234" />
            <source>{file} cannot be used.</source>
            <translation>{file} нельзя использовать.</translation>
        </message>
        <message>
            <location filename="../../ui/office/backup.py" line="184" />
            <source>The shop was restored from {file}. The application closes now: start it again to work with the restored data.</source>
            <translation>Магазин восстановлен из {file}. Сейчас программа закроется: запустите её снова, чтобы работать с восстановленными данными.</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <location filename="../../ui/office/settings.py" line="64" />
            <source>Save settings</source>
            <translation>Сохранить настройки</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="86" />
            <source>Shop</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="91" />
            <source>no logo</source>
            <translation>без логотипа</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="92" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="101" />
            <location filename="../../ui/office/settings.py" line="268" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="101" />
            <location filename="../../ui/office/settings.py" line="268" />
            <source>Logo</source>
            <translation>Логотип</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="102" />
            <location filename="../../ui/office/settings.py" line="269" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="103" />
            <location filename="../../ui/office/settings.py" line="269" />
            <source>Time zone</source>
            <translation>Часовой пояс</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="104" />
            <location filename="../../ui/office/settings.py" line="270" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="105" />
            <location filename="../../ui/office/settings.py" line="270" />
            <source>Card number prefix</source>
            <translation>Префикс номера карты</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="110" />
            <source>Returns and manager PIN</source>
            <translation>Возвраты и PIN управляющего</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="114" />
            <source>Allow a negative balance</source>
            <translation>Разрешить минусовой баланс</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="115" />
            <source>Deduct from the refund</source>
            <translation>Удержать из суммы возврата</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="116" />
            <source>Manager PIN to void a sale</source>
            <translation>PIN управляющего для отмены продажи</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="117" />
            <source>Manager PIN for a return</source>
            <translation>PIN управляющего для возврата</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="118" />
            <source>Points missing on a return</source>
            <translation>Если при возврате не хватает баллов</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="125" />
            <source>Receipt</source>
            <translation>Чек</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="132" />
            <source>Print the “not fiscal” note</source>
            <translation>Печатать «не фискальный документ»</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="133" />
            <location filename="../../ui/office/settings.py" line="271" />
            <source>Header</source>
            <translation>Шапка</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="134" />
            <location filename="../../ui/office/settings.py" line="271" />
            <source>Footer</source>
            <translation>Подвал</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="139" />
            <source>Receipt printer</source>
            <translation>Принтер чеков</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="143" />
            <source>None (preview only)</source>
            <translation>Нет (только просмотр)</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="143" />
            <source>ESC/POS over USB</source>
            <translation>ESC/POS по USB</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="144" />
            <source>ESC/POS serial port</source>
            <translation>ESC/POS, COM-порт</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="145" />
            <source>ESC/POS network</source>
            <translation>ESC/POS по сети</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="146" />
            <source>ESC/POS device file</source>
            <translation>ESC/POS, файл устройства</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="146" />
            <source>System printer</source>
            <translation>Системный принтер</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="149" />
            <source>58 mm roll</source>
            <translation>Лента 58 мм</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="149" />
            <source>80 mm roll</source>
            <translation>Лента 80 мм</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="150" />
            <source>A4 sheet</source>
            <translation>Лист A4</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="152" />
            <source>Print after each payment</source>
            <translation>Печатать после каждой оплаты</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="153" />
            <source>Test print</source>
            <translation>Пробная печать</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="155" />
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="155" />
            <location filename="../../ui/office/settings.py" line="272" />
            <source>Where</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="156" />
            <location filename="../../ui/office/settings.py" line="272" />
            <source>Paper</source>
            <translation>Бумага</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="156" />
            <source>Code page</source>
            <translation>Кодировка</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="215" />
            <source>Shop logo</source>
            <translation>Логотип магазина</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="215" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Изображения (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="227" />
            <source>Nothing to save: the settings are unchanged.</source>
            <translation>Сохранять нечего: настройки не изменились.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="229" />
            <source>Saved. The new language shows after the application restarts.</source>
            <translation>Сохранено. Новый язык появится после перезапуска программы.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="232" />
            <source>Settings saved.</source>
            <translation>Настройки сохранены.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="241" />
            <source>Printing a test receipt…</source>
            <translation>Печать пробного чека…</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="250" />
            <source>The test receipt was sent. Check that the printer printed it and the Russian letters read correctly.</source>
            <translation>Пробный чек отправлен. Проверьте, что принтер его напечатал и русские буквы читаются.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="274" />
            <source>Only an owner can change the settings.</source>
            <translation>Изменять настройки может только владелец.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="275" />
            <source>fill this in.</source>
            <translation>заполните это поле.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="276" />
            <source>at most {n} characters.</source>
            <translation>не больше {n} символов.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="277" />
            <source>unknown time zone; write it like Europe/Moscow.</source>
            <translation>неизвестный часовой пояс; пишите как Europe/Moscow.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="278" />
            <source>the file does not exist.</source>
            <translation>файл не найден.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="279" />
            <source>choose a PNG or JPEG image.</source>
            <translation>выберите изображение PNG или JPEG.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="280" />
            <source>that is the shop's own database, not an image.</source>
            <translation>это сама база данных магазина, а не изображение.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="281" />
            <source>enter where the printer is.</source>
            <translation>укажите, где находится принтер.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="282" />
            <source>write the vendor and product id like 0416:5011.</source>
            <translation>укажите код производителя и устройства, например 0416:5011.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="283" />
            <source>the port must be a number, like 192.168.1.50:9100.</source>
            <translation>порт должен быть числом, например 192.168.1.50:9100.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="284" />
            <source>the speed must be a number, like COM3:9600.</source>
            <translation>скорость должна быть числом, например COM3:9600.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="285" />
            <source>A4 needs a system printer; thermal printers use 58 or 80 mm rolls.</source>
            <translation>для A4 нужен системный принтер; термопринтеры печатают на ленте 58 или 80 мм.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="289" />
            <source>choose 20 to 29, the shop's own range of barcodes.</source>
            <translation>выберите от 20 до 29 — собственный диапазон штрихкодов магазина.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="291" />
            <source>choose one of the offered values.</source>
            <translation>выберите одно из предложенных значений.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="297" />
            <source>No receipt printer is chosen.</source>
            <translation>Принтер чеков не выбран.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="298" />
            <source>A system printer prints through the print dialog.</source>
            <translation>Системный принтер печатает через окно печати.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="299" />
            <source>Check where the printer is.</source>
            <translation>Проверьте адрес принтера.</translation>
        </message>
        <message>
            <location filename="../../ui/office/settings.py" line="300" />
            <source>The printer did not print: {reason}</source>
            <translation>Принтер не напечатал: {reason}</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <location filename="../../ui/office/staff.py" line="26" />
            <source>Full name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="26" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="26" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="42" />
            <source>Active</source>
            <translation>Работает</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="42" />
            <source>Deactivated</source>
            <translation>Отключён</translation>
        </message>
    </context>
    <context>
        <name>StaffTab</name>
        <message>
            <location filename="../../ui/office/staff.py" line="125" />
            <source>Cashier</source>
            <translation>Кассир</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="125" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="126" />
            <source>Bookkeeper</source>
            <translation>Бухгалтер</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="131" />
            <source>You can look, but only an owner can change staff.</source>
            <translation>Смотреть можно, но менять сотрудников может только владелец.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="155" />
            <source>Staff</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="165" />
            <source>new PIN</source>
            <translation>новый PIN</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="167" />
            <source>name of the new staff member</source>
            <translation>имя нового сотрудника</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="168" />
            <source>PIN, 4–8 digits</source>
            <translation>PIN, 4–8 цифр</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="169" />
            <source>Change role</source>
            <translation>Сменить роль</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="170" />
            <source>Set PIN</source>
            <translation>Задать PIN</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="171" />
            <location filename="../../ui/office/staff.py" line="327" />
            <source>Deactivate</source>
            <translation>Отключить</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="172" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="173" />
            <location filename="../../ui/office/staff.py" line="261" />
            <source>Choose a person in the list</source>
            <translation>Выберите сотрудника в списке</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="197" />
            <source>Audit log</source>
            <translation>Журнал действий</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="204" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="204" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="205" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="205" />
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="225" />
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="228" />
            <source>All actions</source>
            <translation>Все действия</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="285" />
            <source>A PIN is 4 to 8 digits.</source>
            <translation>PIN — это от 4 до 8 цифр.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="286" />
            <source>Someone already uses this PIN: choose another.</source>
            <translation>Этот PIN уже занят: выберите другой.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="287" />
            <source>Enter the person's name.</source>
            <translation>Введите имя сотрудника.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="288" />
            <source>Only an owner can change staff.</source>
            <translation>Менять сотрудников может только владелец.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="289" />
            <source>{name} is the last active owner: add another owner first.</source>
            <translation>{name} — последний действующий владелец: сначала добавьте другого владельца.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="291" />
            <location filename="../../ui/office/staff.py" line="333" />
            <source>{name} is deactivated.</source>
            <translation>{name}: сотрудник отключён.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="292" />
            <location filename="../../ui/office/staff.py" line="298" />
            <source>Choose a person in the list first.</source>
            <translation>Сначала выберите сотрудника в списке.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="305" />
            <source>{name} can now log in with their PIN.</source>
            <translation>{name} теперь может входить по своему PIN.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="314" />
            <source>{name}'s role is changed.</source>
            <translation>{name}: роль изменена.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="322" />
            <source>{name} has a new PIN.</source>
            <translation>{name}: PIN изменён.</translation>
        </message>
        <message>
            <location filename="../../ui/office/staff.py" line="328" />
            <source>{name} will no longer be able to log in. Continue?</source>
            <translation>{name} больше не сможет входить в программу. Продолжить?</translation>
        </message>
    </context>
</TS>