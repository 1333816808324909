<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/till_amount_dialog.py" line="15" />
        <source>Free amount</source>
        <translation>Свободная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/till_amount_dialog.py" line="20" />
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/till_amount_dialog.py" line="21" />
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <location filename="../../ui/till_amount_dialog.py" line="22" />
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
</context>
<context>
    <name>BasketTable</name>
    <message>
        <location filename="../../ui/basket_table.py" line="21" />
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/basket_table.py" line="21" />
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../ui/basket_table.py" line="21" />
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/basket_table.py" line="21" />
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/basket_table.py" line="21" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="40" />
        <source>No customer</source>
        <translation>Покупатель не указан</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="41" />
        <source>Scan a card or type a phone number (F5)</source>
        <translation>Отсканируйте карту или введите телефон (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="48" />
        <source>Bearer card</source>
        <translation>Карта на предъявителя</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="49" />
        <source>Card {number}</source>
        <translation>Карта {number}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="52" />
        <source>Points: {n}</source>
        <translation>Баллы: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="53" />
        <source>Pending: {n}</source>
        <translation>Ожидают начисления: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="56" />
        <source>{card}: {have} of {need} stamps</source>
        <translation>{card}: {have} из {need} отметок</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="60" />
        <source>Birthday!</source>
        <translation>День рождения!</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="62" />
        <source>No consent to data processing</source>
        <translation>Нет согласия на обработку данных</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="72" />
        <source>Tier: {tier}</source>
        <translation>Уровень: {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="78" />
        <source>{n} visits</source>
        <translation>визитов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="80" />
        <source>{n} units</source>
        <translation>штук: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="81" />
        <source>{need} more to {next}</source>
        <translation>До уровня «{next}»: ещё {need}</translation>
    </message>
    <message>
        <source>Card type: {name}</source>
        <translation>Тип карты: {name}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="28" />
        <source>New customer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="36" />
        <source>scan a card, or leave empty to issue one</source>
        <translation>отсканируйте карту или оставьте пустым — выдадим новую</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="37" />
        <source>Agrees to the processing of personal data</source>
        <translation>Согласен на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="38" />
        <source>Agrees to receive offers</source>
        <translation>Согласен получать предложения</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="39" />
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="40" />
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="41" />
        <source>Card:</source>
        <translation>Карта:</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="50" />
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="51" />
        <source>F12 Enrol</source>
        <translation>F12 Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../ui/explain.py" line="45" />
        <source>Card {card}: {rate}</source>
        <translation>Карта «{card}»: {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="46" />
        <source>Cumulative discount {rate}</source>
        <translation>Накопительная скидка {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="48" />
        <source>Cumulative discount {rate} (lowered: no purchases for a while)</source>
        <translation>Накопительная скидка {rate} (снижена: давно не было покупок)</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="49" />
        <source>{tier} tier {rate}</source>
        <translation>Уровень «{tier}» {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="50" />
        <source>Birthday discount {rate}</source>
        <translation>Скидка в день рождения {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="51" />
        <source>Receipt from {amount}: {rate}</source>
        <translation>Чек от {amount}: {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="53" />
        <source>{card}: free item</source>
        <translation>{card}: товар в подарок</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="54" />
        <source>Coupon {code}</source>
        <translation>Купон {code}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="55" />
        <source>Discounts capped at {rate} of the receipt</source>
        <translation>Скидки ограничены {rate} от чека</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="57" />
        <source>Points for the purchase</source>
        <translation>Баллы за покупку</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="58" />
        <source>{tier} tier points ×{mult}</source>
        <translation>Баллы уровня «{tier}» ×{mult}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="60" />
        <source>Birthday ×{mult} points</source>
        <translation>День рождения: баллы ×{mult}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="62" />
        <source>Birthday bonus</source>
        <translation>Бонус ко дню рождения</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="63" />
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="64" />
        <source>Bonus to the friend who referred</source>
        <translation>Бонус пригласившему другу</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="65" />
        <source>Bonus for coming by referral</source>
        <translation>Бонус за приглашение</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="66" />
        <source>{mission}: {n} purchases this month</source>
        <translation>{mission}: {n} покупок в этом месяце</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="74" />
        <source>the customer's whole spendable balance</source>
        <translation>весь доступный баланс покупателя</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="75" />
        <source>the program's cap on paying a receipt with points</source>
        <translation>предел оплаты чека баллами по программе</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="76" />
        <source>at least one kopeck must be paid in money</source>
        <translation>хотя бы одна копейка оплачивается деньгами</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="77" />
        <source>the balance has not reached the minimum for spending points</source>
        <translation>баланс ещё не достиг минимума для списания</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="78" />
        <source>points are spent in fixed steps</source>
        <translation>баллы списываются кратно шагу</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="79" />
        <source>no customer identified</source>
        <translation>покупатель не указан</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="80" />
        <source>the shop has no points program</source>
        <translation>в магазине нет бонусной программы</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="86" />
        <source>Coupon {code} has expired</source>
        <translation>Срок купона {code} истёк</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="87" />
        <source>Coupon {code} has already been used</source>
        <translation>Купон {code} уже использован</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="88" />
        <source>Coupon {code} needs a larger receipt</source>
        <translation>Для купона {code} нужна большая сумма чека</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="89" />
        <source>Coupons are switched off</source>
        <translation>Купоны отключены</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="90" />
        <source>Coupon {code} is already on this receipt</source>
        <translation>Купон {code} уже в этом чеке</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="91" />
        <source>Coupon {code}: nothing on the receipt to discount</source>
        <translation>Купон {code}: в чеке нечего скидывать</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="93" />
        <source>Coupon {code} refused</source>
        <translation>Купон {code} не принят</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="101" />
        <source>Card {number}: wrong check digit, please retype</source>
        <translation>Карта {number}: неверная контрольная цифра, введите заново</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="103" />
        <source>Not a card number: {number}</source>
        <translation>Это не номер карты: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="105" />
        <source>At most {n} points can be spent here: {why}</source>
        <translation>Можно списать не более {n} баллов: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="108" />
        <source>Not an amount of money: {text}</source>
        <translation>Это не сумма денег: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="117" />
        <source>Card {number} is blocked ({why})</source>
        <translation>Карта {number} заблокирована ({why})</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="120" />
        <source>Card {number} has expired</source>
        <translation>Срок действия карты {number} истёк</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="122" />
        <source>Card {number} already belongs to a customer</source>
        <translation>Карта {number} уже принадлежит покупателю</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="124" />
        <source>Unknown card {number}</source>
        <translation>Неизвестная карта {number}</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="127" />
        <source>replaced by a new card</source>
        <translation>заменена новой картой</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="127" />
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="131" />
        <source>No customer with this phone number</source>
        <translation>Нет покупателя с таким телефоном</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="132" />
        <source>Not a valid phone number</source>
        <translation>Неверный номер телефона</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="133" />
        <source>This phone number is already enrolled</source>
        <translation>Этот телефон уже зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="134" />
        <source>Please check the name</source>
        <translation>Проверьте имя</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="135" />
        <source>Not a valid e-mail address</source>
        <translation>Неверный адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="136" />
        <source>Quantity must be between 1 and 9999</source>
        <translation>Количество — от 1 до 9999</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="137" />
        <source>That amount is not possible</source>
        <translation>Такая сумма невозможна</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="138" />
        <source>That number of points is not possible</source>
        <translation>Такое число баллов невозможно</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="139" />
        <source>Empty coupon code</source>
        <translation>Пустой код купона</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="140" />
        <source>No such line</source>
        <translation>Нет такой строки</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="141" />
        <source>The basket is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="142" />
        <source>Enter a payment</source>
        <translation>Введите оплату</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="143" />
        <source>The cash received does not cover the cash part</source>
        <translation>Полученных наличных не хватает</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="144" />
        <source>Payments do not add up to the amount due</source>
        <translation>Оплаты не сходятся с суммой к оплате</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="145" />
        <source>Prices or points changed meanwhile; check and pay again</source>
        <translation>Цены или баллы изменились; проверьте и оплатите снова</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="146" />
        <source>Identify the customer before spending points</source>
        <translation>Укажите покупателя перед списанием баллов</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="147" />
        <source>The points payment does not match</source>
        <translation>Оплата баллами не сходится</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="148" />
        <source>No sale with this number</source>
        <translation>Нет продажи с таким номером</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="149" />
        <source>Everything on this sale has been returned already</source>
        <translation>По этой продаже всё уже возвращено</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="150" />
        <source>Cannot return that many</source>
        <translation>Столько вернуть нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="151" />
        <source>Wrong PIN</source>
        <translation>Неверный PIN</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="152" />
        <source>Too many wrong PINs: login is locked for a while</source>
        <translation>Слишком много неверных PIN: вход временно заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="153" />
        <source>A manager's PIN is needed</source>
        <translation>Нужен PIN управляющего</translation>
    </message>
    <message>
        <source>The program has no card type “{id}”</source>
        <translation>В программе нет типа карт «{id}»</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="32" />
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="35" />
        <source>Enter your PIN and press Enter</source>
        <translation>Введите PIN и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="77" />
        <source>Try again in {n} s</source>
        <translation>Повторите через {n} с</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/till_parked_dialog.py" line="18" />
        <source>Parked baskets</source>
        <translation>Отложенные чеки</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="30" />
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="34" />
        <source>To pay: {amount}</source>
        <translation>К оплате: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="38" />
        <source>Paid with {n} points: {amount}</source>
        <translation>Оплачено баллами ({n}): {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="45" />
        <source>exact</source>
        <translation>без сдачи</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="46" />
        <source>Card terminal:</source>
        <translation>Банковская карта:</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="47" />
        <source>Cash received:</source>
        <translation>Получено наличными:</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="57" />
        <source>F6 All by card</source>
        <translation>F6 Всё картой</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="58" />
        <source>Enter  Pay</source>
        <translation>Enter  Оплатить</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="60" />
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="91" />
        <source>Not enough cash</source>
        <translation>Недостаточно наличных</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="94" />
        <source>Change: {amount}</source>
        <translation>Сдача: {amount}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="31" />
        <source>Sale {n}</source>
        <translation>Продажа № {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="31" />
        <source>Return {n}</source>
        <translation>Возврат № {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="37" />
        <source>Change: {amount}</source>
        <translation>Сдача: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="54" />
        <source>Ctrl+P  Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="57" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="59" />
        <source>Enter  Next customer</source>
        <translation>Enter  Следующий покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="88" />
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="89" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="96" />
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="96" />
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="96" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="97" />
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="97" />
        <source>Withheld</source>
        <translation>Удержано</translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="101" />
        <source>received</source>
        <translation>получено</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="19" />
        <source>Pay with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="22" />
        <source>Spendable balance: {n} points</source>
        <translation>Доступно баллов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="24" />
        <source>At most {n} points on this receipt, limited by: {why}</source>
        <translation>Не более {n} баллов на этот чек, ограничение: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="30" />
        <source>In steps of {n} points</source>
        <translation>Кратно {n} баллам</translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="41" />
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="42" />
        <source>Enter  Apply</source>
        <translation>Enter  Применить</translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="62" />
        <source>Worth {amount}</source>
        <translation>Это {amount}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/return_dialog.py" line="26" />
        <location filename="../../ui/return_dialog.py" line="40" />
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="33" />
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="34" />
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="35" />
        <source>Sale number:</source>
        <translation>Номер продажи:</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="36" />
        <source>Refund to:</source>
        <translation>Вернуть на:</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="40" />
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="40" />
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="40" />
        <source>Can return</source>
        <translation>Можно вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="56" />
        <source>Esc Cancel</source>
        <translation>Esc Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="57" />
        <source>F12 Refund</source>
        <translation>F12 Вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="111" />
        <source>Refund: {amount}</source>
        <translation>К возврату: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="114" />
        <source>Points taken back: {n}</source>
        <translation>Списать начисленных баллов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="116" />
        <source>Points given back: {n}</source>
        <translation>Вернуть списанных баллов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="118" />
        <source>Kept from the refund for points already spent: {amount}</source>
        <translation>Удержано за уже потраченные баллы: {amount}</translation>
    </message>
    <message>
        <source>Goods returned: {amount}</source>
        <translation>Возвращено товаров на: {amount}</translation>
    </message>
    <message>
        <source>Refund in money: {amount}</source>
        <translation>Вернуть деньгами: {amount}</translation>
    </message>
    <message>
        <source>Refund in points: {n} points = {amount}</source>
        <translation>Вернуть баллами: {n} б. = {amount}</translation>
    </message>
</context>
<context>
    <name>TillActions</name>
    <message>
        <location filename="../../ui/till_actions.py" line="33" />
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="34" />
        <location filename="../../ui/till_actions.py" line="90" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="35" />
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="36" />
        <location filename="../../ui/till_actions.py" line="106" />
        <source>Free amount</source>
        <translation>Свободная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="37" />
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="38" />
        <source>Enrol</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="39" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="40" />
        <source>Void line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="41" />
        <source>Park / resume</source>
        <translation>Отложить / вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="42" />
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="43" />
        <source>Void sale</source>
        <translation>Отменить чек</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="44" />
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="57" />
        <source>Cashier: {name}</source>
        <translation>Кассир: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="61" />
        <source>No backup for over a week: Ctrl+O, Backup.</source>
        <translation>Резервной копии нет больше недели: Ctrl+O, «Резервная копия».</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="79" />
        <source>Manager's PIN</source>
        <translation>PIN управляющего</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="114" />
        <source>Type the card number or phone, then Enter</source>
        <translation>Введите номер карты или телефон и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="125" />
        <source>Enrolled: {name}, card {card}</source>
        <translation>Зарегистрирован: {name}, карта {card}</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="136" />
        <source>Scan the customer's card first</source>
        <translation>Сначала отсканируйте карту покупателя</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="148" />
        <source>Line removed</source>
        <translation>Строка удалена</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="155" />
        <source>Sale voided</source>
        <translation>Чек отменён</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="162" />
        <source>{n} lines</source>
        <translation>строк: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="163" />
        <source>Basket parked</source>
        <translation>Чек отложен</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="167" />
        <source>No parked baskets</source>
        <translation>Нет отложенных чеков</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="171" />
        <source>Basket resumed</source>
        <translation>Чек возвращён</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="197" />
        <source>Points earned: {earned}. Balance: {balance}</source>
        <translation>Начислено баллов: {earned}. Баланс: {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="206" />
        <source>Sale {n} recorded</source>
        <translation>Продажа № {n} проведена</translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="207" />
        <source>Return {n} recorded</source>
        <translation>Возврат № {n} проведён</translation>
    </message>
</context>
<context>
    <name>TillNavigation</name>
    <message>
        <location filename="../../ui/till_navigation.py" line="24" />
        <source>Ctrl+O Back office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_navigation.py" line="25" />
        <source>Ctrl+R Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_navigation.py" line="48" />
        <source>Only an owner can open the back office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_navigation.py" line="55" />
        <source>Reports are for owners and bookkeepers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillPrinting</name>
    <message>
        <location filename="../../ui/till_printing.py" line="46" />
        <source>Change: {amount}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="63" />
        <location filename="../../ui/till_printing.py" line="122" />
        <source>There is no receipt {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="69" />
        <source>No receipt printer is set up: choose one in the back office settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="75" />
        <source>Printing receipt {n}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="89" />
        <source>Save the receipt as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="90" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="97" />
        <source>The PDF could not be saved: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="100" />
        <source>Receipt saved to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="109" />
        <source>Reprint a receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="110" />
        <source>Receipt number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/till_window.py" line="42" />
        <source>{shop} — till</source>
        <translation>{shop} — касса</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="73" />
        <location filename="../../ui/till_window.py" line="191" />
        <source>Barcode, card or phone, then Enter</source>
        <translation>Штрихкод, карта или телефон — Enter</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="76" />
        <source>F3 Find a product by name</source>
        <translation>F3 Поиск товара по названию</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="120" />
        <source>Cashier: {name}</source>
        <translation>Кассир: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="121" />
        <source>Nobody logged in</source>
        <translation>Никто не вошёл</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="177" />
        <location filename="../../ui/till_window.py" line="210" />
        <source>Added: {name}</source>
        <translation>Добавлено: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="177" />
        <source>Customer: {name}</source>
        <translation>Покупатель: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="178" />
        <source>Coupon {name} added</source>
        <translation>Купон {name} добавлен</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/widgets_totals.py" line="35" />
        <source>Subtotal</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/widgets_totals.py" line="43" />
        <source>Paid with {n} points</source>
        <translation>Оплата баллами ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets_totals.py" line="48" />
        <source>+{n} points</source>
        <translation>баллы: +{n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets_totals.py" line="49" />
        <source>To pay: {amount}</source>
        <translation>К оплате: {amount}</translation>
    </message>
</context>
</TS>