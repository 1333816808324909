<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="16"/>
        <source>Demo shop</source>
        <translation>Демо-магазин</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="17"/>
        <source>Preparing the demo bakery: members, cards and six months of sales…</source>
        <translation>Готовим демо-пекарню: участники, карты и продажи за полгода…</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../ui/widgets/explain.py" line="41"/>
        <source>the customer&apos;s whole spendable balance</source>
        <translation>весь доступный баланс покупателя</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="42"/>
        <source>the program&apos;s cap on paying a receipt with points</source>
        <translation>предел программы на оплату чека баллами</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="43"/>
        <source>at least one kopeck must be paid in money</source>
        <translation>хотя бы одна копейка оплачивается деньгами</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="44"/>
        <source>the balance has not reached the minimum for spending points</source>
        <translation>баланс ещё не достиг минимума для списания</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="45"/>
        <source>points are spent in fixed steps</source>
        <translation>баллы списываются кратно шагу</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="46"/>
        <source>no customer identified</source>
        <translation>покупатель не указан</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="47"/>
        <source>the shop has no points program</source>
        <translation>в магазине нет бонусной программы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="54"/>
        <source>Unknown coupon {code}: check the code</source>
        <translation>Неизвестный купон {code}: проверьте код</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="55"/>
        <source>Coupon {code} has expired</source>
        <translation>Срок купона {code} истёк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="56"/>
        <source>Coupon {code} has already been used</source>
        <translation>Купон {code} уже использован</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="57"/>
        <source>Coupon {code} no longer holds: the receipt that earned it was returned</source>
        <translation>Купон {code} больше не действует: чек, за который он выдан, возвращён</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="59"/>
        <source>Coupon {code} needs a receipt of at least {amount}</source>
        <translation>Купон {code} действует на чек не меньше {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="60"/>
        <source>Coupons are switched off</source>
        <translation>Купоны отключены</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="61"/>
        <source>Coupon {code} is already on this receipt</source>
        <translation>Купон {code} уже в этом чеке</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="62"/>
        <source>Coupon {code}: nothing on the receipt to discount</source>
        <translation>Купон {code}: в чеке нечего скидывать</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="63"/>
        <source>Coupon {code} is not combinable with other coupons, and coupon {other} is already on this receipt</source>
        <translation>Купон {code} не сочетается с другими купонами, а в чеке уже есть купон {other}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="65"/>
        <source>Coupon {other} on this receipt is not combinable with other coupons; coupon {code} was not added</source>
        <translation>Купон {other} в этом чеке не сочетается с другими купонами; купон {code} не добавлен</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="68"/>
        <source>Coupon {code} refused</source>
        <translation>Купон {code} не принят</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="94"/>
        <source>replaced by a new card</source>
        <translation>заменена новой картой</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="95"/>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="99"/>
        <source>At most {n} points can be spent here: {why}</source>
        <translation>Можно списать не более {n} баллов: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="105"/>
        <source>Card {number} is blocked ({why})</source>
        <translation>Карта {number} заблокирована ({why})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="106"/>
        <source>Card {number} has expired</source>
        <translation>Срок действия карты {number} истёк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="107"/>
        <source>Card {number} already belongs to a customer</source>
        <translation>Карта {number} уже принадлежит покупателю</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="108"/>
        <source>Unknown card {number}</source>
        <translation>Неизвестная карта {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="110"/>
        <source>Card {number}: wrong check digit, please retype</source>
        <translation>Карта {number}: неверная контрольная цифра, введите заново</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="111"/>
        <source>Not a card number: {number}</source>
        <translation>Это не номер карты: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="112"/>
        <source>Too long for a card or a phone number: {number}</source>
        <translation>Слишком длинно для номера карты или телефона: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="113"/>
        <source>The program has no card type “{number}”</source>
        <translation>В программе нет типа карты «{number}»</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="114"/>
        <source>Unknown product {value}: not in the catalogue</source>
        <translation>Неизвестный товар {value}: его нет в каталоге</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="116"/>
        <source>{path} is the shop&apos;s own database; choose another file.</source>
        <translation>{path} — это сама база данных магазина; выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="117"/>
        <source>Not an amount of money: {text}</source>
        <translation>Это не сумма денег: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="120"/>
        <source>No customer with this phone number</source>
        <translation>Нет покупателя с таким телефоном</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="121"/>
        <source>Not a valid phone number</source>
        <translation>Неверный номер телефона</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="122"/>
        <source>This phone number is already enrolled</source>
        <translation>Этот телефон уже зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="123"/>
        <source>Please check the name</source>
        <translation>Проверьте имя</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="124"/>
        <source>Not a valid e-mail address</source>
        <translation>Неверный адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="125"/>
        <source>Quantity must be between 1 and 9999</source>
        <translation>Количество — от 1 до 9999</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="126"/>
        <location filename="../../ui/widgets/explain.py" line="127"/>
        <source>That amount is not possible</source>
        <translation>Такая сумма невозможна</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="128"/>
        <source>That number of points is not possible</source>
        <translation>Такое число баллов невозможно</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="129"/>
        <source>Empty coupon code</source>
        <translation>Пустой код купона</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="130"/>
        <location filename="../../ui/widgets/explain.py" line="131"/>
        <source>No such line</source>
        <translation>Нет такой строки</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="132"/>
        <source>The basket is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="133"/>
        <source>Enter a payment</source>
        <translation>Введите оплату</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="134"/>
        <source>The cash received does not cover the cash part</source>
        <translation>Полученных наличных не хватает</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="135"/>
        <source>The card cannot pay more than is due</source>
        <translation>По карте нельзя оплатить больше, чем к оплате</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="137"/>
        <source>That change is a whole banknote or more: check the cash received</source>
        <translation>Сдача — целая купюра или больше: проверьте полученные наличные</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="138"/>
        <source>Payments do not add up to the amount due</source>
        <translation>Оплаты не сходятся с суммой к оплате</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="140"/>
        <source>Prices or points changed meanwhile; check and pay again</source>
        <translation>Цены или баллы изменились; проверьте и оплатите снова</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="142"/>
        <source>Identify the customer before spending points</source>
        <translation>Укажите покупателя перед списанием баллов</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="143"/>
        <source>The points payment does not match</source>
        <translation>Оплата баллами не сходится</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="144"/>
        <source>No sale with this number</source>
        <translation>Нет продажи с таким номером</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="146"/>
        <source>This number is a return, not a sale: enter the number of the sale itself</source>
        <translation>Это номер возврата, а не продажи: введите номер самой продажи</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="148"/>
        <source>Everything on this sale has been returned already</source>
        <translation>По этой продаже всё уже возвращено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="149"/>
        <source>Cannot return that many</source>
        <translation>Столько вернуть нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="150"/>
        <source>Wrong PIN</source>
        <translation>Неверный PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="151"/>
        <source>Too many wrong PINs: login is locked for a while</source>
        <translation>Слишком много неверных PIN: вход временно заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="152"/>
        <source>A manager&apos;s PIN is needed</source>
        <translation>Нужен ПИН менеджера</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="46"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="70"/>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="71"/>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="73"/>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="112"/>
        <source>{file} is the shop&apos;s own database; choose another file.</source>
        <translation>{file} — это сама база данных магазина; выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="105"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="105"/>
        <source>Switch shop</source>
        <translation>Смена магазина</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="107"/>
        <source>Set up your shop</source>
        <translation>Настройка магазина</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="106"/>
        <source>Open another shop</source>
        <translation>Открыть другой магазин</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="109"/>
        <source>The shop file opened last, {file}, is no longer there: choose a shop.</source>
        <translation>Файла магазина, открытого в прошлый раз ({file}), больше нет: выберите магазин.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="112"/>
        <source>Name a new shop and choose the owner&apos;s PIN, open a shop file, or look around the demo bakery first.</source>
        <translation>Назовите новый магазин и задайте ПИН владельца, откройте файл магазина или сначала посмотрите демо-пекарню.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="114"/>
        <source>This till has no shop yet. Name it and choose the owner&apos;s PIN, or look around the demo bakery first.</source>
        <translation>Магазин на этой кассе ещё не настроен. Укажите название и ПИН владельца — или сначала посмотрите демо-пекарню.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="117"/>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="117"/>
        <source>Owner&apos;s name</source>
        <translation>Имя владельца</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="118"/>
        <source>Owner&apos;s PIN (4–12 digits)</source>
        <translation>ПИН владельца (4–12 цифр)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="118"/>
        <source>PIN again</source>
        <translation>ПИН ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="118"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="120"/>
        <source>Open the demo shop</source>
        <translation>Открыть демо-магазин</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="121"/>
        <source>Open a shop file…</source>
        <translation>Открыть файл магазина…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="122"/>
        <source>Create my shop</source>
        <translation>Создать магазин</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="139"/>
        <source>Enter the owner&apos;s name.</source>
        <translation>Введите имя владельца.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="141"/>
        <source>The two PINs differ.</source>
        <translation>ПИН-коды не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="149"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN — это от 4 до 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="150"/>
        <source>This PIN cannot be used.</source>
        <translation>Этот ПИН использовать нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="162"/>
        <source>Open a shop file</source>
        <translation>Открыть файл магазина</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="163"/>
        <source>Shop files (*.db);;All files (*)</source>
        <translation>Файлы магазина (*.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="31"/>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="34"/>
        <source>Enter your PIN and press Enter</source>
        <translation>Введите PIN и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="73"/>
        <source>Try again in {n} s</source>
        <translation>Повторите через {n} с</translation>
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
    <name>ShopSwitch</name>
    <message>
        <location filename="../../ui/shop_switch.py" line="27"/>
        <source>Switch shop…</source>
        <translation>Сменить магазин…</translation>
    </message>
    <message>
        <location filename="../../ui/shop_switch.py" line="34"/>
        <source>Finish, park or void this sale before switching shops.</source>
        <translation>Сначала завершите, отложите или отмените эту продажу, потом меняйте магазин.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_switch.py" line="46"/>
        <source>The demo shop is the shop open now.</source>
        <translation>Демо-магазин уже открыт.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../ui/widgets/upgrade_notice.py" line="22"/>
        <source>Updating the shop file for this version of the program…</source>
        <translation>Обновление файла магазина для этой версии программы…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upgrade_notice.py" line="24"/>
        <source>{name}: a large shop takes up to a minute, once. Please wait.</source>
        <translation>{name}: большой магазин обновляется до минуты, один раз. Подождите, пожалуйста.</translation>
    </message>
</context>
</TS>
