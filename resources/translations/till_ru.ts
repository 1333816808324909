<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/till/amount_dialog.py" line="15"/>
        <source>Free amount</source>
        <translation>Свободная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/till/amount_dialog.py" line="20"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/till/amount_dialog.py" line="21"/>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <location filename="../../ui/till/amount_dialog.py" line="22"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
</context>
<context>
    <name>BasketTable</name>
    <message>
        <location filename="../../ui/till/basket_table.py" line="22"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/till/basket_table.py" line="22"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../ui/till/basket_table.py" line="22"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/till/basket_table.py" line="22"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/till/basket_table.py" line="22"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="42"/>
        <source>No customer</source>
        <translation>Покупатель не указан</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="43"/>
        <source>Scan a card or type a phone number (F5)</source>
        <translation>Отсканируйте карту или введите телефон (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="51"/>
        <source>Bearer card</source>
        <translation>Карта на предъявителя</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="52"/>
        <source>Card {number}</source>
        <translation>Карта {number}</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="55"/>
        <source>Card type: {name}</source>
        <translation>Тип карты: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="58"/>
        <source>Points: {n}</source>
        <translation>Баллы: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="59"/>
        <source>Pending: {n}</source>
        <translation>Ожидают начисления: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="62"/>
        <source>{card}: {have} of {need} stamps</source>
        <translation>{card}: {have} из {need} отметок</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="66"/>
        <source>Birthday!</source>
        <translation>День рождения!</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="68"/>
        <source>No consent to data processing</source>
        <translation>Нет согласия на обработку данных</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="79"/>
        <source>Tier: {tier}</source>
        <translation>Уровень: {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="85"/>
        <source>{n} visits</source>
        <translation>визитов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="87"/>
        <source>{n} units</source>
        <translation>штук: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="88"/>
        <source>{need} more to {next}</source>
        <translation>До уровня «{next}»: ещё {need}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="28"/>
        <source>New customer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="36"/>
        <source>scan a card, or leave empty to issue one</source>
        <translation>отсканируйте карту или оставьте пустым — выдадим новую</translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="37"/>
        <source>Agrees to the processing of personal data</source>
        <translation>Согласен на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="38"/>
        <source>Agrees to receive offers</source>
        <translation>Согласен получать предложения</translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="39"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="40"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="41"/>
        <source>Card:</source>
        <translation>Карта:</translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="45"/>
        <source>Without this consent the customer gets an anonymous card: the name and phone are not kept.</source>
        <translation>Без этого согласия покупатель получает анонимную карту: имя и телефон не сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="56"/>
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="57"/>
        <source>F12 Enrol</source>
        <translation>F12 Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/till/parked_dialog.py" line="19"/>
        <source>Parked baskets</source>
        <translation>Отложенные чеки</translation>
    </message>
    <message>
        <location filename="../../ui/till/parked_dialog.py" line="24"/>
        <source>no customer</source>
        <translation>без покупателя</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="34"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="38"/>
        <source>To pay: {amount}</source>
        <translation>К оплате: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="42"/>
        <source>Paid with {n} points: {amount}</source>
        <translation>Оплачено баллами ({n}): {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="49"/>
        <source>exact</source>
        <translation>без сдачи</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="50"/>
        <source>Card terminal:</source>
        <translation>Банковская карта:</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="51"/>
        <source>Cash received:</source>
        <translation>Получено наличными:</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="61"/>
        <source>F6 All by card</source>
        <translation>F6 Всё картой</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="62"/>
        <source>Enter  Pay</source>
        <translation>Enter  Оплатить</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="64"/>
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="91"/>
        <source>{code} was scanned: it is not an amount. Press Esc and scan it into the sale.</source>
        <translation>{code} — это скан, а не сумма. Нажмите Esc и отсканируйте его в чек.</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="107"/>
        <source>Change: —</source>
        <translation>Сдача: —</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="111"/>
        <source>Not enough cash</source>
        <translation>Недостаточно наличных</translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="114"/>
        <source>Change: {amount}</source>
        <translation>Сдача: {amount}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="82"/>
        <source>Ctrl+P  Print</source>
        <translation>Ctrl+P  Печать</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="85"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="87"/>
        <source>Enter  Next customer</source>
        <translation>Enter  Следующий покупатель</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="25"/>
        <source>Pay with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="28"/>
        <source>Spendable balance: {n} points</source>
        <translation>Доступно баллов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="30"/>
        <source>At most {n} points on this receipt, limited by: {why}</source>
        <translation>Не более {n} баллов на этот чек, ограничение: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="36"/>
        <source>In steps of {n} points</source>
        <translation>Кратно {n} баллам</translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="53"/>
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="54"/>
        <source>Enter  Apply</source>
        <translation>Enter  Применить</translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="86"/>
        <source>Worth {amount}</source>
        <translation>Это {amount}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="27"/>
        <location filename="../../ui/till/return_dialog.py" line="41"/>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="34"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="35"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="36"/>
        <source>Sale number:</source>
        <translation>Номер продажи:</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="37"/>
        <source>Refund to:</source>
        <translation>Вернуть на:</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="41"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="41"/>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="41"/>
        <source>Can return</source>
        <translation>Можно вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="57"/>
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="58"/>
        <source>F12 Refund</source>
        <translation>F12 Вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="116"/>
        <source>Goods returned: {amount}</source>
        <translation>Возвращено товаров на: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="117"/>
        <source>Refund in money: {amount}</source>
        <translation>Вернуть деньгами: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="119"/>
        <source>Refund in points: {n} points = {amount}</source>
        <translation>Вернуть баллами: {n} б. = {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="123"/>
        <source>Points taken back: {n}</source>
        <translation>Списать начисленных баллов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="127"/>
        <source>Some of these points are already spent: the customer&apos;s balance goes to {n}</source>
        <translation>Часть этих баллов уже потрачена: баланс покупателя станет {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="130"/>
        <source>Kept from the refund for points already spent: {amount}</source>
        <translation>Удержано за уже потраченные баллы: {amount}</translation>
    </message>
</context>
<context>
    <name>TillActions</name>
    <message>
        <location filename="../../ui/till/actions.py" line="38"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="39"/>
        <location filename="../../ui/till/actions.py" line="96"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="40"/>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="41"/>
        <location filename="../../ui/till/actions.py" line="112"/>
        <source>Free amount</source>
        <translation>Свободная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="42"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="43"/>
        <source>Enrol</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="44"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="45"/>
        <source>Void line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="46"/>
        <source>Park / resume</source>
        <translation>Отложить / вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="47"/>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="48"/>
        <location filename="../../ui/till/actions.py" line="175"/>
        <source>Void sale</source>
        <translation>Отменить чек</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="49"/>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="67"/>
        <source>At the till: {name}</source>
        <translation>За кассой: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="70"/>
        <source>No backup for over a week: Ctrl+O, Backup.</source>
        <translation>Резервной копии нет больше недели: Ctrl+O, «Резервная копия».</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="85"/>
        <source>Manager&apos;s PIN</source>
        <translation>PIN управляющего</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="121"/>
        <source>Type the card number or phone, then Enter</source>
        <translation>Введите номер карты или телефон и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="133"/>
        <source>Enrolled: {name}, card {card}</source>
        <translation>Зарегистрирован: {name}, карта {card}</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="136"/>
        <source>Anonymous card {card} issued: without consent no personal data is kept</source>
        <translation>Выдана анонимная карта {card}: без согласия персональные данные не сохраняются</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="147"/>
        <source>Scan the customer&apos;s card first</source>
        <translation>Сначала отсканируйте карту покупателя</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="160"/>
        <source>Line removed</source>
        <translation>Строка удалена</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="171"/>
        <source>Customer and coupons taken off</source>
        <translation>Покупатель и купоны сняты с чека</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="173"/>
        <source>The basket is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="176"/>
        <source>Void the whole sale ({n} lines)?</source>
        <translation>Отменить весь чек (строк: {n})?</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="179"/>
        <source>Yes, void</source>
        <translation>Да, отменить</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="180"/>
        <source>No, keep it</source>
        <translation>Нет, оставить</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="186"/>
        <source>Sale voided</source>
        <translation>Чек отменён</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="195"/>
        <source>{n} lines</source>
        <translation>строк: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="196"/>
        <source>Basket parked</source>
        <translation>Чек отложен</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="200"/>
        <source>No parked baskets</source>
        <translation>Нет отложенных чеков</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="204"/>
        <source>Basket resumed</source>
        <translation>Отложенный чек снова открыт</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="221"/>
        <source>The basket is empty: scan the goods first</source>
        <translation>Чек пуст: сначала отсканируйте товары</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="232"/>
        <source>Sale {n} recorded</source>
        <translation>Продажа № {n} проведена</translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="233"/>
        <source>Return {n} recorded</source>
        <translation>Возврат № {n} проведён</translation>
    </message>
</context>
<context>
    <name>TillNavigation</name>
    <message>
        <location filename="../../ui/till/navigation.py" line="26"/>
        <source>Ctrl+O Back office</source>
        <translation>Ctrl+O Управление</translation>
    </message>
    <message>
        <location filename="../../ui/till/navigation.py" line="27"/>
        <source>Ctrl+R Reports</source>
        <translation>Ctrl+R Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/till/navigation.py" line="51"/>
        <source>Only an owner can open the back office.</source>
        <translation>Раздел управления доступен только владельцу.</translation>
    </message>
    <message>
        <location filename="../../ui/till/navigation.py" line="61"/>
        <source>Reports are for owners and bookkeepers.</source>
        <translation>Отчёты доступны владельцу и бухгалтеру.</translation>
    </message>
</context>
<context>
    <name>TillPrinting</name>
    <message>
        <location filename="../../ui/till/printing.py" line="44"/>
        <source>Change: {amount}.</source>
        <translation>Сдача: {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="57"/>
        <source>Nothing to pay out: the refund goes back as points</source>
        <translation>Выдавать нечего: возврат уходит баллами</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="59"/>
        <source>Refund to the card: {amount}</source>
        <translation>Вернуть на карту: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="60"/>
        <source>Pay out in cash: {amount}</source>
        <translation>Выдать наличными: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="63"/>
        <source>Change: {amount}</source>
        <translation>Сдача: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="71"/>
        <source>Sale {n}</source>
        <translation>Продажа № {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="72"/>
        <source>Return {n}</source>
        <translation>Возврат № {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="83"/>
        <source>There is no receipt {n}</source>
        <translation>Чека {n} нет</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="89"/>
        <source>No receipt printer is set up: choose one in the back office settings.</source>
        <translation>Принтер чеков не настроен: выберите его в «Управление» ▸ «Настройки».</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="95"/>
        <source>Printing receipt {n}…</source>
        <translation>Печатаем чек {n}…</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="109"/>
        <source>Save the receipt as PDF</source>
        <translation>Сохранить чек в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="110"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="117"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>PDF не удалось сохранить: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="120"/>
        <source>Receipt saved to {path}</source>
        <translation>Чек сохранён: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="129"/>
        <source>Reprint a receipt</source>
        <translation>Повторная печать чека</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="130"/>
        <source>Receipt number</source>
        <translation>Номер чека</translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="140"/>
        <source>Copy of receipt {n}</source>
        <translation>Копия чека {n}</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/till/window.py" line="46"/>
        <source>{shop} — till</source>
        <translation>{shop} — касса</translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="59"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="86"/>
        <location filename="../../ui/till/window.py" line="230"/>
        <source>Barcode, card or phone, then Enter</source>
        <translation>Штрихкод, карта или телефон — Enter</translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="89"/>
        <source>F3 Find a product by name</source>
        <translation>F3 Поиск товара по названию</translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="157"/>
        <source>At the till: {name}</source>
        <translation>За кассой: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="158"/>
        <source>Nobody logged in</source>
        <translation>Никто не вошёл</translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="224"/>
        <source>Coupon {name} applied</source>
        <translation>Купон {name} применён</translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="255"/>
        <source>Added: {name}</source>
        <translation>Добавлено: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="222"/>
        <source>Customer: {name}</source>
        <translation>Покупатель: {name}</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/till/totals.py" line="36"/>
        <source>Subtotal</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/till/totals.py" line="44"/>
        <source>Paid with {n} points</source>
        <translation>Оплата баллами ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/till/totals.py" line="49"/>
        <source>+{n} points</source>
        <translation>баллы: +{n}</translation>
    </message>
    <message>
        <location filename="../../ui/till/totals.py" line="50"/>
        <source>To pay: {amount}</source>
        <translation>К оплате: {amount}</translation>
    </message>
</context>
</TS>
