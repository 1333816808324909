<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BonusesForm</name>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="22"/>
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="24"/>
        <location filename="../../ui/office/program/bonuses_form.py" line="83"/>
        <source>Points on enrolment</source>
        <translation>Баллы при регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="25"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="27"/>
        <source>Points, once</source>
        <translation>Баллы, один раз</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="27"/>
        <source>A discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="28"/>
        <source>Points multiplied</source>
        <translation>Умножение баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="32"/>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="33"/>
        <source>Days either side of the birthday</source>
        <translation>Дней до и после дня рождения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="34"/>
        <location filename="../../ui/office/program/bonuses_form.py" line="43"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="35"/>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="36"/>
        <source>Points ×</source>
        <translation>Баллы ×</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="38"/>
        <source>Referral bonus</source>
        <translation>Бонус за друга</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="40"/>
        <location filename="../../ui/office/program/bonuses_form.py" line="97"/>
        <source>To the customer who referred</source>
        <translation>Пригласившему</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="41"/>
        <location filename="../../ui/office/program/bonuses_form.py" line="98"/>
        <source>To the new customer</source>
        <translation>Новому покупателю</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="42"/>
        <source>Missions</source>
        <translation>Задания</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="43"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="43"/>
        <source>Purchases</source>
        <translation>Покупок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="44"/>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="47"/>
        <source>Missions: points for N purchases in a calendar month</source>
        <translation>Задания: баллы за N покупок в календарном месяце</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="88"/>
        <source>Days either side</source>
        <translation>Дней до и после</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="89"/>
        <source>Birthday points</source>
        <translation>Баллы ко дню рождения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="90"/>
        <source>Birthday discount</source>
        <translation>Скидка ко дню рождения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/bonuses_form.py" line="91"/>
        <source>Birthday points ×</source>
        <translation>Баллы ко дню рождения ×</translation>
    </message>
</context>
<context>
    <name>DiscountsForm</name>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="21"/>
        <source>Discount cards</source>
        <translation>Дисконтные карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="22"/>
        <source>Card types</source>
        <translation>Типы карт</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="22"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="23"/>
        <location filename="../../ui/office/program/discounts_form.py" line="34"/>
        <location filename="../../ui/office/program/discounts_form.py" line="48"/>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="23"/>
        <source>Bearer</source>
        <translation>На предъявителя</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="23"/>
        <source>Default</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="33"/>
        <source>Discount by receipt total</source>
        <translation>Скидка от суммы чека</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="34"/>
        <source>Receipt bands</source>
        <translation>Пороги чека</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="34"/>
        <source>Receipt from</source>
        <translation>Чек от</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="36"/>
        <source>Only for customers with a card</source>
        <translation>Только для покупателей с картой</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="44"/>
        <source>Cumulative discount by lifetime spend</source>
        <translation>Накопительная скидка по сумме покупок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="46"/>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="46"/>
        <source>Table of steps</source>
        <translation>Таблица ступеней</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="48"/>
        <source>Spend steps</source>
        <translation>Ступени</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="48"/>
        <source>Spent from</source>
        <translation>Куплено на</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="50"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="54"/>
        <source>Discount at sign-up, %</source>
        <translation>Скидка при регистрации, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="55"/>
        <location filename="../../ui/office/program/discounts_form.py" line="122"/>
        <source>Plus, %</source>
        <translation>Плюс, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="56"/>
        <source>For every (spent)</source>
        <translation>За каждые (потрачено)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="57"/>
        <source>At most, %</source>
        <translation>Не более, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="62"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="64"/>
        <source>One step back after idle days</source>
        <translation>Ступень вниз после дней без покупок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="119"/>
        <source>Idle days</source>
        <translation>Дней без покупок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="121"/>
        <source>Discount at sign-up</source>
        <translation>Скидка при регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="124"/>
        <source>For every</source>
        <translation>За каждые</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/discounts_form.py" line="125"/>
        <location filename="../../ui/office/program/discounts_form.py" line="127"/>
        <source>At most</source>
        <translation>Не более</translation>
    </message>
</context>
<context>
    <name>LimitsForm</name>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="21"/>
        <source>Exclusions</source>
        <translation>Исключения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="23"/>
        <source>On top of each product&apos;s own flags. Tobacco must never be discounted.</source>
        <translation>В дополнение к отметкам в карточке товара. Табак нельзя продавать со скидкой.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="27"/>
        <location filename="../../ui/office/program/limits_form.py" line="29"/>
        <source>Never discounted</source>
        <translation>Без скидок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="28"/>
        <location filename="../../ui/office/program/limits_form.py" line="30"/>
        <source>Never earn points</source>
        <translation>Без начисления баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="31"/>
        <source>Limits</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="33"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="35"/>
        <source>Discounts add up</source>
        <translation>Скидки складываются</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="35"/>
        <source>Only the best discount</source>
        <translation>Только лучшая скидка</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="36"/>
        <source>A discount or points, whichever is worth more</source>
        <translation>Скидка или баллы — что выгоднее</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="38"/>
        <source>Total discount at most, %</source>
        <translation>Общая скидка не более, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="39"/>
        <source>Several discounts</source>
        <translation>Несколько скидок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/limits_form.py" line="53"/>
        <source>Total discount at most</source>
        <translation>Общая скидка не более</translation>
    </message>
</context>
<context>
    <name>MechanismBox</name>
    <message>
        <location filename="../../ui/office/program/fields.py" line="193"/>
        <source>from the start</source>
        <translation>с самого начала</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="194"/>
        <source>Starts on</source>
        <translation>Действует с</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/office/program/fields.py" line="42"/>
        <source>fill this in</source>
        <translation>заполните поле</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="43"/>
        <source>cannot be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="44"/>
        <source>not a percentage (e.g. 5 or 2,5)</source>
        <translation>не процент (например, 5 или 2,5)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="45"/>
        <source>at most two decimals</source>
        <translation>не больше двух знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="46"/>
        <source>cannot be above 100 %</source>
        <translation>не может быть больше 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="47"/>
        <source>not an amount of money</source>
        <translation>не сумма денег</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="48"/>
        <source>must be above zero</source>
        <translation>должно быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="49"/>
        <source>not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="50"/>
        <source>too small</source>
        <translation>слишком мало</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="51"/>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="52"/>
        <source>must be at least 1</source>
        <translation>должно быть не меньше 1</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="53"/>
        <source>must be above the previous row</source>
        <translation>должно быть больше, чем в строке выше</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="54"/>
        <source>the same value appears twice</source>
        <translation>одно и то же значение дважды</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="55"/>
        <source>cannot be below the starting discount</source>
        <translation>не может быть меньше начальной скидки</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="56"/>
        <source>give an amount or a percentage, not both</source>
        <translation>укажите сумму или процент, но не оба</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="57"/>
        <location filename="../../ui/office/program/fields.py" line="82"/>
        <source>add at least one row</source>
        <translation>добавьте хотя бы одну строку</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="58"/>
        <source>only one card type can be the default</source>
        <translation>по умолчанию может быть только один тип карт</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="63"/>
        <source>{table}, row {n}, {column}</source>
        <translation>{table}, строка {n}, {column}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="68"/>
        <source>not a program file (not JSON)</source>
        <translation>это не файл программы (не JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="69"/>
        <source>wrong structure</source>
        <translation>неверная структура</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="70"/>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="71"/>
        <source>missing</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="72"/>
        <source>unknown kind</source>
        <translation>неизвестный вид</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="73"/>
        <source>expected yes/no</source>
        <translation>ожидалось да/нет</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="74"/>
        <source>expected a whole number</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="75"/>
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="76"/>
        <source>expected a date</source>
        <translation>ожидалась дата</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="77"/>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="78"/>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="79"/>
        <source>unknown value</source>
        <translation>неизвестное значение</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="80"/>
        <source>the same id appears twice</source>
        <translation>один и тот же код дважды</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="81"/>
        <source>give either a table of steps or a formula</source>
        <translation>укажите либо таблицу ступеней, либо формулу</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="83"/>
        <source>days apply only to a rolling window</source>
        <translation>дни указываются только для скользящего периода</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="84"/>
        <source>no card type with this id</source>
        <translation>нет типа карт с таким кодом</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="92"/>
        <source>too large: at most {limit}</source>
        <translation>слишком много: не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="93"/>
        <source>too long: at most {limit} characters</source>
        <translation>слишком длинно: не больше {limit} знаков</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="94"/>
        <source>too many rows: at most {limit}</source>
        <translation>слишком много строк: не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="95"/>
        <source>too many decimals</source>
        <translation>слишком много знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="96"/>
        <source>holds a character that cannot be printed</source>
        <translation>содержит непечатаемый символ</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="97"/>
        <source>a date from 2000 to {limit}</source>
        <translation>дата от 2000 года до {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="98"/>
        <source>too many points for the amount: at most {limit}</source>
        <translation>слишком много баллов за сумму: не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="99"/>
        <source>the file is larger than {limit} bytes</source>
        <translation>файл больше {limit} байт</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="100"/>
        <source>not a text file in UTF-8</source>
        <translation>не текстовый файл в UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="101"/>
        <source>nested more than {limit} levels deep</source>
        <translation>вложенность глубже {limit} уровней</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="102"/>
        <source>a number longer than {limit} characters</source>
        <translation>число длиннее {limit} знаков</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="103"/>
        <source>the same field appears twice</source>
        <translation>одно и то же поле указано дважды</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="104"/>
        <source>this is the shop&apos;s database, not a program file</source>
        <translation>это база данных магазина, а не файл программы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="105"/>
        <source>a sample sale fails with it at the till ({detail})</source>
        <translation>с ней не проходит пробная продажа на кассе ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="106"/>
        <source>must be shorter than the {limit} days the points live</source>
        <translation>должно быть меньше {limit} дней жизни баллов</translation>
    </message>
</context>
<context>
    <name>PointsForm</name>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="26"/>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="28"/>
        <source>% of the amount paid</source>
        <translation>% от оплаченной суммы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="29"/>
        <source>Points per amount, pro rata</source>
        <translation>Баллы за сумму, пропорционально</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="30"/>
        <source>Points for each whole amount</source>
        <translation>Баллы за каждую полную сумму</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="31"/>
        <source>e.g. 1 point for each whole 100: 199 earn 1</source>
        <translation>например, 1 балл за каждые полные 100: за 199 — 1 балл</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="34"/>
        <source>Earn points also on the part paid with points</source>
        <translation>Начислять баллы и на часть, оплаченную баллами</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="35"/>
        <source>% back</source>
        <translation>% баллами</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="35"/>
        <source>or points</source>
        <translation>или баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="35"/>
        <source>per amount</source>
        <translation>за сумму</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="36"/>
        <source>whole only</source>
        <translation>полные</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="37"/>
        <source>Category rates</source>
        <translation>Ставки по категориям</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="37"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="39"/>
        <source>Product rates</source>
        <translation>Ставки по товарам</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="39"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="42"/>
        <source>Earning</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="43"/>
        <location filename="../../ui/office/program/points_form.py" line="119"/>
        <source>Points back, %</source>
        <translation>Баллами, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="44"/>
        <location filename="../../ui/office/program/points_form.py" line="121"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="45"/>
        <location filename="../../ui/office/program/points_form.py" line="122"/>
        <source>Per amount paid</source>
        <translation>За оплаченную сумму</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="46"/>
        <location filename="../../ui/office/program/points_form.py" line="158"/>
        <source>One point is worth</source>
        <translation>Один балл равен</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="58"/>
        <source>Paying with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="61"/>
        <source>At least one kopeck is always paid in money</source>
        <translation>Хотя бы одна копейка всегда оплачивается деньгами</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="62"/>
        <source>Expire at the end of the following year</source>
        <translation>Сгорают в конце следующего года</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="64"/>
        <source>Points pay at most, % of the receipt</source>
        <translation>Баллами не более, % чека</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="65"/>
        <location filename="../../ui/office/program/points_form.py" line="149"/>
        <source>Spendable from a balance of</source>
        <translation>Списание от баланса</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="66"/>
        <source>In steps of (points)</source>
        <translation>Кратно (баллов)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="68"/>
        <source>Spendable after (days)</source>
        <translation>Доступны через (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="69"/>
        <source>Expire after (days)</source>
        <translation>Сгорают через (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="71"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="148"/>
        <source>Points pay at most</source>
        <translation>Баллами не более</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="150"/>
        <source>In steps of</source>
        <translation>Кратно</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="161"/>
        <source>Spendable after</source>
        <translation>Доступны через</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/points_form.py" line="163"/>
        <source>Expire after</source>
        <translation>Сгорают через</translation>
    </message>
</context>
<context>
    <name>ProgramSimulator</name>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="57"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="60"/>
        <source>No card</source>
        <translation>Без карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="60"/>
        <source>A real customer</source>
        <translation>Настоящий покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="61"/>
        <source>A described customer</source>
        <translation>Вымышленный покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="64"/>
        <source>phone or card number</source>
        <translation>телефон или номер карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="65"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="91"/>
        <source>Birthday today</source>
        <translation>Сегодня день рождения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="92"/>
        <source>Spent so far</source>
        <translation>Куплено на</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="92"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="93"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="93"/>
        <source>Towards it</source>
        <translation>Набрано</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="94"/>
        <source>Card type</source>
        <translation>Тип карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="112"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="146"/>
        <source>Basket</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="149"/>
        <source>product name or barcode, then Enter</source>
        <translation>название или штрихкод, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="154"/>
        <location filename="../../ui/office/program/simulator.py" line="189"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="183"/>
        <source>free amount</source>
        <translation>свободная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="165"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="165"/>
        <source>Simulate</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="173"/>
        <source>Pay with points</source>
        <translation>Списать баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="186"/>
        <source>no category</source>
        <translation>без категории</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="219"/>
        <source>Free amount</source>
        <translation>Свободная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="246"/>
        <source>Fix the marked fields to simulate.</source>
        <translation>Исправьте отмеченные поля, чтобы рассчитать.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/simulator.py" line="249"/>
        <source>Add products or amounts to the basket.</source>
        <translation>Добавьте товары или суммы в корзину.</translation>
    </message>
</context>
<context>
    <name>ProgramTab</name>
    <message>
        <location filename="../../ui/office/program/tab.py" line="80"/>
        <location filename="../../ui/office/program/tab.py" line="277"/>
        <source>The current program (version {n})</source>
        <translation>Текущая программа (версия {n})</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="85"/>
        <source>Start from it</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="87"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="87"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="91"/>
        <source>Start from</source>
        <translation>Начать с</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="104"/>
        <source>Save as a new version</source>
        <translation>Сохранить новую версию</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="108"/>
        <source>Only the owner can change the program</source>
        <translation>Менять программу может только владелец</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="110"/>
        <source>In effect from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="123"/>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="123"/>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="123"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="123"/>
        <source>Bonuses</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="124"/>
        <source>Stamps, coupons</source>
        <translation>Штампы, купоны</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="124"/>
        <source>Limits</source>
        <comment>tab</comment>
        <translation>Лимиты</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="158"/>
        <source>Start from a preset</source>
        <translation>Начать с готовой программы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="159"/>
        <source>“{preset}” sets up: {what}.</source>
        <translation>«{preset}» включает: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="163"/>
        <source>Replace the program with it (every other mechanism is removed), or add these mechanisms to the program being edited (the others stay as they are)?</source>
        <translation>Заменить ею программу (все остальные механизмы будут удалены) или добавить эти механизмы к редактируемой программе (остальные останутся как есть)?</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="166"/>
        <source>Add these mechanisms</source>
        <translation>Добавить эти механизмы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="168"/>
        <source>Replace the program</source>
        <translation>Заменить программу</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="170"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="185"/>
        <source>Loaded: {what}</source>
        <translation>Загружено: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="210"/>
        <source>…and {n} more</source>
        <translation>…и ещё {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="230"/>
        <source>Nothing saved: fix the marked fields first.</source>
        <translation>Ничего не сохранено: сначала исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="238"/>
        <location filename="../../ui/office/program/tab.py" line="272"/>
        <source>Nothing saved: {why}</source>
        <translation>Ничего не сохранено: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="249"/>
        <source>Save the program</source>
        <translation>Сохранение программы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="250"/>
        <source>Save a new version of the program, in effect from {day}?</source>
        <translation>Сохранить новую версию программы, действующую с {day}?</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="253"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="254"/>
        <source>Do not save</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="275"/>
        <source>Saved as version {n}, in effect from {day}; {k} mechanisms changed.</source>
        <translation>Сохранено как версия {n}, действует с {day}; изменено механизмов: {k}.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="287"/>
        <source>Cannot read {file}</source>
        <translation>Не удаётся прочитать {file}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="290"/>
        <source>{file} refused: {where}: {what}</source>
        <translation>{file} отклонён: {where}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="295"/>
        <source>Imported {file}: {what}</source>
        <translation>Импортирован {file}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="302"/>
        <source>Nothing exported: fix the marked fields first.</source>
        <translation>Ничего не выгружено: сначала исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="309"/>
        <source>Exported to {file}</source>
        <translation>Выгружено в {file}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="313"/>
        <source>Import a program</source>
        <translation>Импорт программы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="313"/>
        <location filename="../../ui/office/program/tab.py" line="319"/>
        <source>Program (*.json)</source>
        <translation>Программа (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tab.py" line="318"/>
        <source>Export the program</source>
        <translation>Экспорт программы</translation>
    </message>
</context>
<context>
    <name>ProgramTexts</name>
    <message>
        <location filename="../../ui/office/program/texts.py" line="24"/>
        <source>Cumulative discount: 3 % +1 % per 1,000, up to 20 %</source>
        <translation>Накопительная скидка: 3 % +1 % за каждые 1 000, до 20 %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="25"/>
        <source>Tiers by yearly spend: 5 / 10 / 15 / 25 %</source>
        <translation>Уровни по покупкам за год: 5 / 10 / 15 / 25 %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="26"/>
        <source>5 % in points, spendable from 4,000</source>
        <translation>5 % баллами, списание от 4 000</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="27"/>
        <source>5 % in points, paying up to half a receipt</source>
        <translation>5 % баллами, оплата до половины чека</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="28"/>
        <source>Stamp card: the fifth coffee free</source>
        <translation>Карта штампов: пятый кофе бесплатно</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="29"/>
        <source>Fuel tiers by litres a month</source>
        <translation>Топливные уровни по литрам в месяц</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="35"/>
        <source>discount cards</source>
        <translation>дисконтные карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="36"/>
        <source>cumulative discount</source>
        <translation>накопительная скидка</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="37"/>
        <location filename="../../ui/office/program/texts.py" line="159"/>
        <source>tiers</source>
        <translation>уровни</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="38"/>
        <source>discount by receipt total</source>
        <translation>скидка от суммы чека</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="39"/>
        <source>bonus points</source>
        <translation>бонусные баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="40"/>
        <source>welcome bonus</source>
        <translation>приветственный бонус</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="41"/>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="42"/>
        <source>referral bonus</source>
        <translation>бонус за друга</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="43"/>
        <source>missions</source>
        <translation>задания</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="44"/>
        <source>stamp cards</source>
        <translation>карты штампов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="45"/>
        <source>coupons</source>
        <translation>купоны</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="46"/>
        <source>exclusions</source>
        <translation>исключения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="47"/>
        <source>limits</source>
        <translation>ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="53"/>
        <source>no mechanisms</source>
        <translation>нет механизмов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="58"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="64"/>
        <source>row {n}</source>
        <translation>строка {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="70"/>
        <source>Nothing saved: only the owner can change the program.</source>
        <translation>Ничего не сохранено: менять программу может только владелец.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="71"/>
        <source>Nothing saved: the date must be today or later.</source>
        <translation>Ничего не сохранено: дата должна быть не раньше сегодняшней.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="72"/>
        <source>Nothing saved: the date can be at most {n} years ahead.</source>
        <translation>Ничего не сохранено: дата может быть не позже чем через {n} лет.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="74"/>
        <source>Nothing saved: the program is the same as the one in effect on that day.</source>
        <translation>Ничего не сохранено: программа такая же, как действующая в этот день.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="82"/>
        <source>stamp card “{name}”</source>
        <translation>карта штампов «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="84"/>
        <source>mission “{name}”</source>
        <translation>задание «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="92"/>
        <source>{field} (row {n})</source>
        <translation>{field} (строка {n})</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="98"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="98"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="101"/>
        <source>from the start</source>
        <translation>с самого начала</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="105"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="105"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="107"/>
        <source>% of the amount</source>
        <translation>% от суммы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="107"/>
        <source>points per amount</source>
        <translation>баллы за сумму</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="130"/>
        <source>Adds: {what}</source>
        <translation>Добавляется: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="130"/>
        <source>Removes: {what}</source>
        <translation>Удаляется: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="131"/>
        <source>Switches on: {what}</source>
        <translation>Включается: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="132"/>
        <source>Switches off: {what}</source>
        <translation>Выключается: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="133"/>
        <source>Changes: {what}</source>
        <translation>Меняется: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="139"/>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="146"/>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="147"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="148"/>
        <source>discount %</source>
        <translation>скидка, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="149"/>
        <source>bearer card</source>
        <translation>карта на предъявителя</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="150"/>
        <source>card types</source>
        <translation>типы карт</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="151"/>
        <source>card type id</source>
        <translation>код типа карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="152"/>
        <source>from amount</source>
        <translation>от суммы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="153"/>
        <source>steps</source>
        <translation>ступени</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="154"/>
        <source>starting discount</source>
        <translation>начальная скидка</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="155"/>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="156"/>
        <source>per amount spent</source>
        <translation>за каждую сумму покупок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="157"/>
        <source>maximum discount</source>
        <translation>максимальная скидка</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="158"/>
        <source>fall back after (days)</source>
        <translation>понижение через (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="160"/>
        <source>from (threshold)</source>
        <translation>порог</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="161"/>
        <source>points multiplier</source>
        <translation>множитель баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="162"/>
        <source>instant upgrade from</source>
        <translation>мгновенный переход от чека</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="163"/>
        <source>earned by</source>
        <translation>чем зарабатывается</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="164"/>
        <source>window</source>
        <translation>период</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="165"/>
        <source>window (days)</source>
        <translation>период (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="166"/>
        <source>counted categories</source>
        <translation>учитываемые категории</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="167"/>
        <source>counted products</source>
        <translation>учитываемые товары</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="168"/>
        <source>bands</source>
        <translation>диапазоны</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="169"/>
        <source>members only</source>
        <translation>только участникам</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="170"/>
        <source>way of earning</source>
        <translation>способ начисления</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="171"/>
        <source>points back %</source>
        <translation>процент баллами</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="172"/>
        <location filename="../../ui/office/program/texts.py" line="186"/>
        <source>points</source>
        <translation>баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="173"/>
        <source>per amount paid</source>
        <translation>за сумму оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="174"/>
        <source>for each whole amount</source>
        <translation>за каждую полную сумму</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="175"/>
        <source>value of a point</source>
        <translation>стоимость балла</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="176"/>
        <source>category rates</source>
        <translation>ставки по категориям</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="177"/>
        <source>product rates</source>
        <translation>ставки по товарам</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="178"/>
        <source>points on the part paid with points</source>
        <translation>баллы на часть, оплаченную баллами</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="179"/>
        <source>points pay at most %</source>
        <translation>баллами можно оплатить не больше, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="180"/>
        <source>spendable from a balance of</source>
        <translation>тратить можно с баланса</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="181"/>
        <source>steps of points</source>
        <translation>шаг списания баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="182"/>
        <source>one kopeck paid in money</source>
        <translation>хотя бы копейка деньгами</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="183"/>
        <source>spendable after (days)</source>
        <translation>доступны через (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="184"/>
        <source>expire after (days)</source>
        <translation>сгорают через (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="185"/>
        <source>expire at the end of the following year</source>
        <translation>сгорают в конце следующего года</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="187"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="188"/>
        <source>days around the birthday</source>
        <translation>дней вокруг дня рождения</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="189"/>
        <source>multiplier</source>
        <translation>множитель</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="190"/>
        <source>points to the referrer</source>
        <translation>баллы пригласившему</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="191"/>
        <source>points to the referred</source>
        <translation>баллы приглашённому</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="192"/>
        <source>purchases</source>
        <translation>покупок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="193"/>
        <source>units to buy</source>
        <translation>сколько купить</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="194"/>
        <source>categories</source>
        <translation>категории</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="195"/>
        <source>products</source>
        <translation>товары</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="196"/>
        <source>coupon for the next visit</source>
        <translation>купон на следующий визит</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="197"/>
        <source>issued from a receipt of</source>
        <translation>выдаётся от чека</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="198"/>
        <source>coupon amount</source>
        <translation>сумма купона</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="199"/>
        <source>coupon %</source>
        <translation>скидка купона, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="200"/>
        <source>coupon&apos;s minimum receipt</source>
        <translation>минимальный чек для купона</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="201"/>
        <source>coupon valid (days)</source>
        <translation>купон действует (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="202"/>
        <source>categories without discounts</source>
        <translation>категории без скидок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="203"/>
        <source>products without discounts</source>
        <translation>товары без скидок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="204"/>
        <source>categories without points</source>
        <translation>категории без баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="205"/>
        <source>products without points</source>
        <translation>товары без баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="206"/>
        <source>% back</source>
        <translation>% баллами</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="207"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="208"/>
        <source>product id</source>
        <translation>код товара</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="209"/>
        <source>maximum discount %</source>
        <translation>максимальная скидка, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/texts.py" line="210"/>
        <source>how discounts combine</source>
        <translation>как сочетаются скидки</translation>
    </message>
</context>
<context>
    <name>QuoteView</name>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="43"/>
        <source>Receipt: {amount}</source>
        <translation>Чек: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="50"/>
        <source>Paid with {n} points: {amount}</source>
        <translation>Оплачено {n} баллами: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="52"/>
        <source>To pay: {amount}</source>
        <translation>К оплате: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="57"/>
        <source>{card}: {after} of {buy} stamps, {free} free now</source>
        <translation>{card}: {after} из {buy} штампов, бесплатно сейчас: {free}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="62"/>
        <source>A coupon for the next visit: {worth}</source>
        <translation>Купон на следующий визит: {worth}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="67"/>
        <source>No points without a card</source>
        <translation>Без карты баллы не начисляются</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="69"/>
        <source>Points to earn: {n}</source>
        <translation>Будет начислено баллов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="75"/>
        <source>Points may pay at most {n} ({why})</source>
        <translation>Баллами можно оплатить не более {n} ({why})</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="79"/>
        <source>no tier</source>
        <translation>без уровня</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="81"/>
        <source>Tier: {now}</source>
        <translation>Уровень: {now}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="82"/>
        <source>Tier: {now} → {after}</source>
        <translation>Уровень: {now} → {after}</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/quote_view.py" line="85"/>
        <source>{left} more to {tier}</source>
        <translation>до уровня «{tier}» осталось {left}</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <location filename="../../ui/office/program/fields.py" line="243"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/fields.py" line="243"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ScopeButton</name>
    <message>
        <location filename="../../ui/office/program/scope_picker.py" line="133"/>
        <source>nothing chosen</source>
        <translation>ничего не выбрано</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ui/office/program/scope_picker.py" line="82"/>
        <source>find a product by name</source>
        <translation>найти товар по названию</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/scope_picker.py" line="90"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/scope_picker.py" line="91"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
</context>
<context>
    <name>StampsForm</name>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="20"/>
        <source>Stamp cards</source>
        <translation>Карты штампов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="21"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="21"/>
        <source>Buy N</source>
        <translation>Купить N</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="21"/>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="21"/>
        <source>Stamped goods</source>
        <translation>Товары со штампами</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="23"/>
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="24"/>
        <source>Print a coupon for the next visit on large receipts</source>
        <translation>Печатать купон на следующий визит на крупных чеках</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="27"/>
        <source>either an amount</source>
        <translation>либо сумма</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="28"/>
        <source>or a percentage</source>
        <translation>либо процент</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="31"/>
        <location filename="../../ui/office/program/stamps_form.py" line="86"/>
        <source>For receipts from</source>
        <translation>Для чеков от</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="32"/>
        <location filename="../../ui/office/program/stamps_form.py" line="87"/>
        <location filename="../../ui/office/program/stamps_form.py" line="93"/>
        <source>Coupon amount</source>
        <translation>Сумма купона</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="33"/>
        <source>Coupon discount, %</source>
        <translation>Скидка по купону, %</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="34"/>
        <location filename="../../ui/office/program/stamps_form.py" line="89"/>
        <source>Valid on receipts from</source>
        <translation>Действует на чеки от</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="35"/>
        <source>Valid for (days)</source>
        <translation>Срок действия (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="37"/>
        <source>Stamp cards: buy N, the next one is free</source>
        <translation>Карты штампов: купи N, следующий бесплатно</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="88"/>
        <source>Coupon discount</source>
        <translation>Скидка по купону</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/stamps_form.py" line="91"/>
        <source>Valid for</source>
        <translation>Срок действия</translation>
    </message>
</context>
<context>
    <name>TiersForm</name>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="27"/>
        <location filename="../../ui/office/program/tiers_form.py" line="36"/>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="29"/>
        <source>Money spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="29"/>
        <source>Number of visits</source>
        <translation>Число визитов</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="30"/>
        <source>Units of chosen products</source>
        <translation>Количество выбранных товаров</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="32"/>
        <source>Calendar month</source>
        <translation>Календарный месяц</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="32"/>
        <source>Calendar year</source>
        <translation>Календарный год</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="33"/>
        <source>Rolling number of days</source>
        <translation>Скользящий период в днях</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="33"/>
        <source>Lifetime</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="34"/>
        <source>days, for a rolling window</source>
        <translation>дней, для скользящего периода</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="35"/>
        <location filename="../../ui/office/program/tiers_form.py" line="43"/>
        <source>Units of</source>
        <translation>Считать единицы</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="37"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="37"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="37"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="38"/>
        <source>Points ×</source>
        <translation>Баллы ×</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="38"/>
        <source>Instant from</source>
        <translation>Сразу от</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="40"/>
        <source>Earned by</source>
        <translation>Считается по</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="41"/>
        <source>Counted over</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="42"/>
        <location filename="../../ui/office/program/tiers_form.py" line="87"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../ui/office/program/tiers_form.py" line="45"/>
        <source>“From”: the spend, visits or units over the window that earn the tier; “Instant from”: one receipt that lifts a customer at once.</source>
        <translation>«От» — сумма, число визитов или количество за период, дающие уровень; «Сразу от» — чек, с которым покупатель получает уровень сразу.</translation>
    </message>
</context>
</TS>
