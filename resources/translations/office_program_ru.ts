<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>BonusesForm</name>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="22" />
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="24" />
        <location filename="../../ui/program_bonuses_form.py" line="83" />
        <source>Points on enrolment</source>
        <translation>Баллы при регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="25" />
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="27" />
        <source>Points, once</source>
        <translation>Баллы, один раз</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="27" />
        <source>A discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="28" />
        <source>Points multiplied</source>
        <translation>Умножение баллов</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="32" />
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="33" />
        <source>Days either side of the birthday</source>
        <translation>Дней до и после дня рождения</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="34" />
        <location filename="../../ui/program_bonuses_form.py" line="43" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="35" />
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="36" />
        <source>Points ×</source>
        <translation>Баллы ×</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="38" />
        <source>Referral bonus</source>
        <translation>Бонус за друга</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="40" />
        <location filename="../../ui/program_bonuses_form.py" line="97" />
        <source>To the customer who referred</source>
        <translation>Пригласившему</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="41" />
        <location filename="../../ui/program_bonuses_form.py" line="98" />
        <source>To the new customer</source>
        <translation>Новому покупателю</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="42" />
        <source>Missions</source>
        <translation>Задания</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="43" />
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="43" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="43" />
        <source>Purchases</source>
        <translation>Покупок</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="44" />
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="47" />
        <source>Missions: points for N purchases in a calendar month</source>
        <translation>Задания: баллы за N покупок в календарном месяце</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="88" />
        <source>Days either side</source>
        <translation>Дней до и после</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="89" />
        <source>Birthday points</source>
        <translation>Баллы ко дню рождения</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="90" />
        <source>Birthday discount</source>
        <translation>Скидка ко дню рождения</translation>
    </message>
    <message>
        <location filename="../../ui/program_bonuses_form.py" line="91" />
        <source>Birthday points ×</source>
        <translation>Баллы ко дню рождения ×</translation>
    </message>
</context>
<context>
    <name>DiscountsForm</name>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="19" />
        <source>Discount cards</source>
        <translation>Дисконтные карты</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="20" />
        <source>Card types</source>
        <translation>Типы карт</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="20" />
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="20" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="21" />
        <location filename="../../ui/program_discounts_form.py" line="25" />
        <location filename="../../ui/program_discounts_form.py" line="39" />
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="21" />
        <source>Bearer</source>
        <translation>Без
имени</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="24" />
        <source>Discount by receipt total</source>
        <translation>Скидка от суммы чека</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="25" />
        <source>Receipt bands</source>
        <translation>Пороги чека</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="25" />
        <source>Receipt from</source>
        <translation>Чек от</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="27" />
        <source>Only for customers with a card</source>
        <translation>Только для покупателей с картой</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="35" />
        <source>Cumulative discount by lifetime spend</source>
        <translation>Накопительная скидка по сумме покупок</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="37" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="37" />
        <source>Table of steps</source>
        <translation>Таблица ступеней</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="39" />
        <source>Spend steps</source>
        <translation>Ступени</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="39" />
        <source>Spent from</source>
        <translation>Куплено на</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="41" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="45" />
        <source>Discount at sign-up, %</source>
        <translation>Скидка при регистрации, %</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="46" />
        <location filename="../../ui/program_discounts_form.py" line="105" />
        <source>Plus, %</source>
        <translation>Плюс, %</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="47" />
        <source>For every (spent)</source>
        <translation>За каждые (потрачено)</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="48" />
        <source>At most, %</source>
        <translation>Не более, %</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="53" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="55" />
        <source>One step back after idle days</source>
        <translation>Ступень вниз после дней без покупок</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="102" />
        <source>Idle days</source>
        <translation>Дней без покупок</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="104" />
        <source>Discount at sign-up</source>
        <translation>Скидка при регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="107" />
        <source>For every</source>
        <translation>За каждые</translation>
    </message>
    <message>
        <location filename="../../ui/program_discounts_form.py" line="108" />
        <location filename="../../ui/program_discounts_form.py" line="110" />
        <source>At most</source>
        <translation>Не более</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Основной</translation>
    </message>
</context>
<context>
    <name>LimitsForm</name>
    <message>
        <location filename="../../ui/program_limits_form.py" line="19" />
        <source>Exclusions</source>
        <translation>Исключения</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="21" />
        <source>On top of each product's own flags. Tobacco must never be discounted.</source>
        <translation>В дополнение к отметкам в карточке товара. Табак нельзя продавать со скидкой.</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="27" />
        <location filename="../../ui/program_limits_form.py" line="28" />
        <source>categories, comma-separated</source>
        <translation>категории через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="27" />
        <location filename="../../ui/program_limits_form.py" line="28" />
        <source>product ids, comma-separated</source>
        <translation>коды товаров через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="29" />
        <source>No discount: categories</source>
        <translation>Без скидки: категории</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="30" />
        <location filename="../../ui/program_limits_form.py" line="57" />
        <source>No discount: products</source>
        <translation>Без скидки: товары</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="31" />
        <source>No points: categories</source>
        <translation>Без баллов: категории</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="32" />
        <location filename="../../ui/program_limits_form.py" line="58" />
        <source>No points: products</source>
        <translation>Без баллов: товары</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="33" />
        <source>Limits</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="35" />
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="37" />
        <source>Discounts add up</source>
        <translation>Скидки складываются</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="37" />
        <source>Only the best discount</source>
        <translation>Только лучшая скидка</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="38" />
        <source>A discount or points, whichever is worth more</source>
        <translation>Скидка или баллы — что выгоднее</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="40" />
        <source>Total discount at most, %</source>
        <translation>Общая скидка не более, %</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="41" />
        <source>Several discounts</source>
        <translation>Несколько скидок</translation>
    </message>
    <message>
        <location filename="../../ui/program_limits_form.py" line="59" />
        <source>Total discount at most</source>
        <translation>Общая скидка не более</translation>
    </message>
</context>
<context>
    <name>MechanismBox</name>
    <message>
        <location filename="../../ui/program_fields.py" line="153" />
        <source>from the start</source>
        <translation>с самого начала</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="154" />
        <source>Starts on</source>
        <translation>Действует с</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/program_fields.py" line="27" />
        <source>fill this in</source>
        <translation>заполните поле</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="28" />
        <source>cannot be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="29" />
        <source>not a percentage (e.g. 5 or 2,5)</source>
        <translation>не процент (например, 5 или 2,5)</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="30" />
        <source>at most two decimals</source>
        <translation>не больше двух знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="31" />
        <source>cannot be above 100 %</source>
        <translation>не может быть больше 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="32" />
        <source>not an amount of money</source>
        <translation>не сумма денег</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="33" />
        <source>must be above zero</source>
        <translation>должно быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="34" />
        <source>not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="35" />
        <source>too small</source>
        <translation>слишком мало</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="36" />
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="37" />
        <source>must be at least 1</source>
        <translation>должно быть не меньше 1</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="38" />
        <source>must be above the previous row</source>
        <translation>должно быть больше, чем в строке выше</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="39" />
        <source>the same value appears twice</source>
        <translation>одно и то же значение дважды</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="40" />
        <source>cannot be below the starting discount</source>
        <translation>не может быть меньше начальной скидки</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="41" />
        <source>give an amount or a percentage, not both</source>
        <translation>укажите сумму или процент, но не оба</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="42" />
        <location filename="../../ui/program_fields.py" line="66" />
        <source>add at least one row</source>
        <translation>добавьте хотя бы одну строку</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="47" />
        <source>{table}, row {n}, {column}</source>
        <translation>{table}, строка {n}, {column}</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="52" />
        <source>not a program file (not JSON)</source>
        <translation>это не файл программы (не JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="53" />
        <source>wrong structure</source>
        <translation>неверная структура</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="54" />
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="55" />
        <source>missing</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="56" />
        <source>unknown kind</source>
        <translation>неизвестный вид</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="57" />
        <source>expected yes/no</source>
        <translation>ожидалось да/нет</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="58" />
        <source>expected a whole number</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="59" />
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="60" />
        <source>expected a date</source>
        <translation>ожидалась дата</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="61" />
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="62" />
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="63" />
        <source>unknown value</source>
        <translation>неизвестное значение</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="64" />
        <source>the same id appears twice</source>
        <translation>один и тот же код дважды</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="65" />
        <source>give either a table of steps or a formula</source>
        <translation>укажите либо таблицу ступеней, либо формулу</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="67" />
        <source>days apply only to a rolling window</source>
        <translation>дни указываются только для скользящего периода</translation>
    </message>
    <message>
        <source>only one card type can be the default</source>
        <translation>по умолчанию может быть только один тип карт</translation>
    </message>
    <message>
        <source>no card type with this id</source>
        <translation>нет типа карт с таким кодом</translation>
    </message>
</context>
<context>
    <name>PointsForm</name>
    <message>
        <location filename="../../ui/program_points_form.py" line="20" />
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="22" />
        <source>% of the amount paid</source>
        <translation>% от оплаченной суммы</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="22" />
        <source>Points per amount</source>
        <translation>Баллы за сумму</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="24" />
        <source>Earn points also on the part paid with points</source>
        <translation>Начислять баллы и на часть, оплаченную баллами</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="25" />
        <source>% back</source>
        <translation>% баллами</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="25" />
        <source>or points</source>
        <translation>или баллов</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="25" />
        <source>per amount</source>
        <translation>за сумму</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="26" />
        <source>Category rates</source>
        <translation>Ставки по категориям</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="26" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="28" />
        <source>Product rates</source>
        <translation>Ставки по товарам</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="28" />
        <source>Product id</source>
        <translation>Код товара</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="31" />
        <source>Earning</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="32" />
        <location filename="../../ui/program_points_form.py" line="107" />
        <source>Points back, %</source>
        <translation>Баллами, %</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="33" />
        <location filename="../../ui/program_points_form.py" line="109" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="34" />
        <location filename="../../ui/program_points_form.py" line="110" />
        <source>Per amount paid</source>
        <translation>За оплаченную сумму</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="35" />
        <location filename="../../ui/program_points_form.py" line="140" />
        <source>One point is worth</source>
        <translation>Один балл равен</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="47" />
        <source>Paying with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="50" />
        <source>At least one kopeck is always paid in money</source>
        <translation>Хотя бы одна копейка всегда оплачивается деньгами</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="51" />
        <source>Expire at the end of the following year</source>
        <translation>Сгорают в конце следующего года</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="53" />
        <source>Points pay at most, % of the receipt</source>
        <translation>Баллами не более, % чека</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="54" />
        <location filename="../../ui/program_points_form.py" line="131" />
        <source>Spendable from a balance of</source>
        <translation>Списание от баланса</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="55" />
        <source>In steps of (points)</source>
        <translation>Кратно (баллов)</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="57" />
        <source>Spendable after (days)</source>
        <translation>Доступны через (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="58" />
        <source>Expire after (days)</source>
        <translation>Сгорают через (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="60" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="130" />
        <source>Points pay at most</source>
        <translation>Баллами не более</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="132" />
        <source>In steps of</source>
        <translation>Кратно</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="143" />
        <source>Spendable after</source>
        <translation>Доступны через</translation>
    </message>
    <message>
        <location filename="../../ui/program_points_form.py" line="145" />
        <source>Expire after</source>
        <translation>Сгорают через</translation>
    </message>
</context>
<context>
    <name>ProgramSimulator</name>
    <message>
        <location filename="../../ui/program_simulator.py" line="56" />
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="59" />
        <source>No card</source>
        <translation>Без карты</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="59" />
        <source>A real customer</source>
        <translation>Настоящий покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="60" />
        <source>A described customer</source>
        <translation>Вымышленный покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="63" />
        <source>phone or card number</source>
        <translation>телефон или номер карты</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="64" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="90" />
        <source>Birthday today</source>
        <translation>Сегодня день рождения</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="91" />
        <source>Spent so far</source>
        <translation>Куплено на</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="91" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="92" />
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="92" />
        <source>Towards it</source>
        <translation>Набрано</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="93" />
        <source>Card type</source>
        <translation>Тип карты</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="111" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="145" />
        <source>Basket</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="148" />
        <source>product name or barcode, then Enter</source>
        <translation>название или штрихкод, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="153" />
        <location filename="../../ui/program_simulator.py" line="184" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="182" />
        <source>free amount</source>
        <translation>свободная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="183" />
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="164" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="164" />
        <source>Simulate</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="172" />
        <source>Pay with points</source>
        <translation>Списать баллов</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="207" />
        <source>Free amount</source>
        <translation>Свободная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="234" />
        <source>Fix the marked fields to simulate.</source>
        <translation>Исправьте отмеченные поля, чтобы рассчитать.</translation>
    </message>
    <message>
        <location filename="../../ui/program_simulator.py" line="237" />
        <source>Add products or amounts to the basket.</source>
        <translation>Добавьте товары или суммы в корзину.</translation>
    </message>
</context>
<context>
    <name>ProgramTab</name>
    <message>
        <location filename="../../ui/office_program.py" line="72" />
        <location filename="../../ui/office_program.py" line="194" />
        <source>The current program (version {n})</source>
        <translation>Текущая программа (версия {n})</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="77" />
        <source>Start from it</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="79" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="79" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="83" />
        <source>Start from</source>
        <translation>Начать с</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="96" />
        <source>Save as a new version</source>
        <translation>Сохранить новую версию</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="100" />
        <source>Only the owner can change the program</source>
        <translation>Менять программу может только владелец</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="102" />
        <source>In effect from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="113" />
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="113" />
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="113" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="113" />
        <source>Bonuses</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="114" />
        <source>Stamps, coupons</source>
        <translation>Штампы, купоны</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="114" />
        <source>Limits</source>
        <comment>tab</comment>
        <translation>Лимиты</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="145" />
        <source>Loaded: {what}</source>
        <translation>Загружено: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="169" />
        <source>…and {n} more</source>
        <translation>…и ещё {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="184" />
        <source>Nothing saved: fix the marked fields first.</source>
        <translation>Ничего не сохранено: сначала исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="192" />
        <source>Saved as version {n}, in effect from {day}; {k} fields changed.</source>
        <translation>Сохранено как версия {n}, действует с {day}; изменено полей: {k}.</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="202" />
        <source>Cannot read {file}</source>
        <translation>Не удаётся прочитать {file}</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="205" />
        <source>{file} refused: {where}: {what}</source>
        <translation>{file} отклонён: {where}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="210" />
        <source>Imported {file}: {what}</source>
        <translation>Импортирован {file}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="217" />
        <source>Nothing exported: fix the marked fields first.</source>
        <translation>Ничего не выгружено: сначала исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="220" />
        <source>Exported to {file}</source>
        <translation>Выгружено в {file}</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="224" />
        <source>Import a program</source>
        <translation>Импорт программы</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="225" />
        <location filename="../../ui/office_program.py" line="231" />
        <source>Program (*.json)</source>
        <translation>Программа (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/office_program.py" line="230" />
        <source>Export the program</source>
        <translation>Экспорт программы</translation>
    </message>
</context>
<context>
    <name>ProgramTexts</name>
    <message>
        <location filename="../../ui/program_texts.py" line="17" />
        <source>Cumulative discount: 3 % +1 % per 1,000, up to 20 %</source>
        <translation>Накопительная скидка: 3 % +1 % за каждые 1 000, до 20 %</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="18" />
        <source>Tiers by yearly spend: 5 / 10 / 15 / 25 %</source>
        <translation>Уровни по покупкам за год: 5 / 10 / 15 / 25 %</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="19" />
        <source>5 % in points, spendable from 4,000</source>
        <translation>5 % баллами, списание от 4 000</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="20" />
        <source>5 % in points, paying up to half a receipt</source>
        <translation>5 % баллами, оплата до половины чека</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="21" />
        <source>Stamp card: the fifth coffee free</source>
        <translation>Карта штампов: пятый кофе бесплатно</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="22" />
        <source>Fuel tiers by litres a month</source>
        <translation>Топливные уровни по литрам в месяц</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="28" />
        <source>discount cards</source>
        <translation>дисконтные карты</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="29" />
        <source>cumulative discount</source>
        <translation>накопительная скидка</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="30" />
        <source>tiers</source>
        <translation>уровни</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="31" />
        <source>discount by receipt total</source>
        <translation>скидка от суммы чека</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="32" />
        <source>bonus points</source>
        <translation>бонусные баллы</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="33" />
        <source>welcome bonus</source>
        <translation>приветственный бонус</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="34" />
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="35" />
        <source>referral bonus</source>
        <translation>бонус за друга</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="36" />
        <source>missions</source>
        <translation>задания</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="37" />
        <source>stamp cards</source>
        <translation>карты штампов</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="38" />
        <source>coupons</source>
        <translation>купоны</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="39" />
        <source>exclusions</source>
        <translation>исключения</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="40" />
        <source>limits</source>
        <translation>ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="46" />
        <source>no mechanisms</source>
        <translation>нет механизмов</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="51" />
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="57" />
        <source>row {n}</source>
        <translation>строка {n}</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="63" />
        <source>Nothing saved: only the owner can change the program.</source>
        <translation>Ничего не сохранено: менять программу может только владелец.</translation>
    </message>
    <message>
        <location filename="../../ui/program_texts.py" line="64" />
        <source>Nothing saved: the date must be today or later.</source>
        <translation>Ничего не сохранено: дата должна быть не раньше сегодняшней.</translation>
    </message>
</context>
<context>
    <name>QuoteView</name>
    <message>
        <location filename="../../ui/program_quote_view.py" line="43" />
        <source>Receipt: {amount}</source>
        <translation>Чек: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="50" />
        <source>Paid with {n} points: {amount}</source>
        <translation>Оплачено {n} баллами: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="52" />
        <source>To pay: {amount}</source>
        <translation>К оплате: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="57" />
        <source>{card}: {after} of {buy} stamps, {free} free now</source>
        <translation>{card}: {after} из {buy} штампов, бесплатно сейчас: {free}</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="62" />
        <source>A coupon for the next visit: {worth}</source>
        <translation>Купон на следующий визит: {worth}</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="67" />
        <source>No points without a card</source>
        <translation>Без карты баллы не начисляются</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="69" />
        <source>Points to earn: {n}</source>
        <translation>Будет начислено баллов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="75" />
        <source>Points may pay at most {n} ({why})</source>
        <translation>Баллами можно оплатить не более {n} ({why})</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="79" />
        <source>no tier</source>
        <translation>без уровня</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="81" />
        <source>Tier: {now}</source>
        <translation>Уровень: {now}</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="82" />
        <source>Tier: {now} → {after}</source>
        <translation>Уровень: {now} → {after}</translation>
    </message>
    <message>
        <location filename="../../ui/program_quote_view.py" line="85" />
        <source>{left} more to {tier}</source>
        <translation>до уровня «{tier}» осталось {left}</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <location filename="../../ui/program_fields.py" line="192" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/program_fields.py" line="192" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>StampsForm</name>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="18" />
        <source>Stamp cards</source>
        <translation>Карты штампов</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="19" />
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="19" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="19" />
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="19" />
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="20" />
        <source>Buy N</source>
        <translation>Купить N</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="20" />
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="21" />
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="22" />
        <source>Print a coupon for the next visit on large receipts</source>
        <translation>Печатать купон на следующий визит на крупных чеках</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="25" />
        <source>either an amount</source>
        <translation>либо сумма</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="26" />
        <source>or a percentage</source>
        <translation>либо процент</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="29" />
        <location filename="../../ui/program_stamps_form.py" line="85" />
        <source>For receipts from</source>
        <translation>Для чеков от</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="30" />
        <location filename="../../ui/program_stamps_form.py" line="86" />
        <location filename="../../ui/program_stamps_form.py" line="92" />
        <source>Coupon amount</source>
        <translation>Сумма купона</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="31" />
        <source>Coupon discount, %</source>
        <translation>Скидка по купону, %</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="32" />
        <location filename="../../ui/program_stamps_form.py" line="88" />
        <source>Valid on receipts from</source>
        <translation>Действует на чеки от</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="33" />
        <source>Valid for (days)</source>
        <translation>Срок действия (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="35" />
        <source>Stamp cards: buy N, the next one is free</source>
        <translation>Карты штампов: купи N, следующий бесплатно</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="87" />
        <source>Coupon discount</source>
        <translation>Скидка по купону</translation>
    </message>
    <message>
        <location filename="../../ui/program_stamps_form.py" line="90" />
        <source>Valid for</source>
        <translation>Срок действия</translation>
    </message>
</context>
<context>
    <name>TiersForm</name>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="25" />
        <location filename="../../ui/program_tiers_form.py" line="35" />
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="27" />
        <source>Money spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="27" />
        <source>Number of visits</source>
        <translation>Число визитов</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="28" />
        <source>Units of chosen products</source>
        <translation>Количество выбранных товаров</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="30" />
        <source>Calendar month</source>
        <translation>Календарный месяц</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="30" />
        <source>Calendar year</source>
        <translation>Календарный год</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="31" />
        <source>Rolling number of days</source>
        <translation>Скользящий период в днях</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="31" />
        <source>Lifetime</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="32" />
        <source>days, for a rolling window</source>
        <translation>дней, для скользящего периода</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="33" />
        <source>categories, comma-separated</source>
        <translation>категории через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="34" />
        <source>product ids, comma-separated</source>
        <translation>коды товаров через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="36" />
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="36" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="36" />
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="36" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="37" />
        <source>Points ×</source>
        <translation>Баллы ×</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="37" />
        <source>Instant from</source>
        <translation>Сразу от</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="39" />
        <source>Earned by</source>
        <translation>Считается по</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="40" />
        <source>Counted over</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="41" />
        <location filename="../../ui/program_tiers_form.py" line="88" />
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="42" />
        <source>Units of categories</source>
        <translation>Товары категорий</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="43" />
        <location filename="../../ui/program_tiers_form.py" line="89" />
        <source>Units of products</source>
        <translation>Товары с кодами</translation>
    </message>
    <message>
        <location filename="../../ui/program_tiers_form.py" line="45" />
        <source>“From”: the spend, visits or units over the window that earn the tier; “Instant from”: one receipt that lifts a customer at once.</source>
        <translation>«От» — сумма, число визитов или количество за период, дающие уровень; «Сразу от» — чек, с которым покупатель получает уровень сразу.</translation>
    </message>
</context>
</TS>