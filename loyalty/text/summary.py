"""Russian and English wording of the monthly summary PDF (outside Qt, so a plain dict)."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from pos.money import format_money

DASH = "—"

MONTHS = {
    "ru": ("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь",
           "Октябрь", "Ноябрь", "Декабрь"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
SHORT_MONTHS = {
    "ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

_RU = {
    "title": "Сводка программы лояльности",
    "subtitle": "{month} {year} · {shop}",
    "period": "Период: {start} — {end} ({tz}); окно активности {days} дн.; стоимость балла {value}",
    "key_figures": "Ключевые показатели",
    "roll_title": "Движение баллов (обязательства)",
    "discounts_title": "Предоставленные скидки",
    "sales_title": "Продажи с картой и без карты",
    "members_title": "Показатели участников",
    "charts_title": "Графики: месяц по дням и 12 месяцев",
    "at_risk_title": "Участники под риском ухода",
    "col_item": "Статья", "col_points": "Баллы", "col_money": "Сумма",
    "col_metric": "Показатель", "col_value": "Значение", "col_definition": "Определение",
    "col_mechanism": "Механизм", "col_total": "Всего", "col_card": "С картой",
    "col_no_card": "Без карты",
    "opening": "Остаток на начало месяца",
    "earned_purchase": "+ Начислено за покупки", "earned_welcome": "+ Приветственные баллы",
    "earned_birthday": "+ Баллы ко дню рождения", "earned_referral": "+ Баллы за приглашение",
    "earned_mission": "+ Баллы за задания",
    "redeemed": "− Списано в оплату", "expired": "− Сгорело",
    "adjusted": "± Ручные корректировки", "reversed": "± Возвраты (сторно)",
    "closing": "Остаток на конец месяца", "pending_closing": "в т. ч. ещё не доступные (ожидание)",
    "liability": "Обязательство на конец месяца",
    "identity_ok": "Проверка: начало + начислено − списано − сгорело ± корректировки ± сторно "
                   "= конец — сходится.",
    "identity_bad": "ВНИМАНИЕ: тождество движения баллов не сходится.",
    "discount_total": "Скидки всего (продажи минус возвраты)",
    "discount_total_short": "Скидки всего",
    "mech_card": "Скидка по карте", "mech_cumulative": "Накопительная скидка",
    "mech_tier": "Скидка уровня", "mech_birthday": "Скидка ко дню рождения",
    "mech_progressive": "Скидка от суммы чека", "mech_coupon": "Купоны",
    "mech_stamp": "Штамп-карта (бесплатный товар)", "mech_other": "Прочее",
    "by_tier": "Скидки участникам уровня «{tier}»", "no_tiers": "в программе нет уровней",
    "by_tier_none": "Скидки по уровням",
    "coupons_redeemed": "Купонов погашено", "coupons_issued": "Купонов выдано",
    "no_discounts": "Скидок в этом месяце не было.",
    "receipts": "Чеков (продаж)", "returns": "Возвратов", "revenue": "Выручка (нетто)",
    "avg_check": "Средний чек", "card_usage": "Доля чеков с картой",
    "members_share": "Доля выручки участников",
    "card_note": "«С картой» — чек, в котором участник определён по карте или телефону. "
                 "Списанные баллы — способ оплаты, а не скидка.",
    "retention": "Удержание", "churn": "Отток", "active_start": "Активны на начало",
    "active_end": "Активны на конец", "retained": "Удержаны",
    "new_members": "Новые (первая покупка)", "enrolled_members": "Зарегистрированы (выдана карта)",
    "buying_members": "Покупали в месяце", "returning_members": "Вернувшиеся",
    "loyalty_index": "Индекс лояльности", "existing_share": "Доля продаж постоянных",
    "repeat_rate": "Повторные покупки", "ltv": "LTV", "pareto": "Парето: доля топ-20 %",
    "tier_distribution": "Распределение по уровням", "tier_moves": "Повышения / понижения",
    "def_active": "покупка за последние {days} дн. до момента (t − D, t]",
    "def_retained": "активны и на начало, и на конец месяца",
    "def_retention": "удержаны / активны на начало × 100",
    "def_churn": "(активны на начало − удержаны) / активны на начало × 100",
    "def_new": "первая покупка участника — в этом месяце",
    "def_enrolled": "первая карта участника выдана в этом месяце",
    "def_buying": "участники с покупкой в месяце",
    "def_returning": "покупали в месяце и раньше",
    "def_loyalty": "вернувшиеся / покупавшие × 100",
    "def_existing": "нетто-выручка вернувшихся / вся нетто-выручка × 100",
    "def_repeat": "участники с ≥ 2 покупками / покупавшие × 100",
    "def_ltv": "средний чек × покупок на участника × средний срок жизни в мес. (≥ 1)",
    "def_pareto": ("доля ⌈20 %⌉ лучших покупателей месяца в чистой выручке покупавших "
                   "участников (только они: участник, который лишь вернул товар, не входит; "
                   "возвраты больше покупок считаются нулём), не больше 100 %"),
    "def_tiers": "уровень на конец месяца; повышение сразу, понижение — в конце окна",
    "chart_revenue": "Выручка по дням, {currency}", "chart_points": "Баллы по дням",
    "chart_active": "Активные участники на конец месяца",
    "chart_retention": "Удержание за месяц, %",
    "legend_card": "с картой", "legend_no_card": "без карты",
    "legend_earned": "начислено", "legend_redeemed": "списано",
    "risk_intro": "Постоянные участники (≥ 3 покупок), у которых дней с последней покупки "
                  "больше двух обычных интервалов (дней от первой до последней покупки "
                  "/ (покупок − 1)). "
                  "Всего: {count}.",
    "risk_more": "…и ещё {count} (список упорядочен по выручке участника).",
    "risk_none": "Таких участников нет.",
    "col_member": "Участник", "col_card_no": "Карта", "col_purchases": "Покупок",
    "col_last": "Последняя", "col_interval": "Обычно, дн.", "col_since": "Прошло, дн.",
    "col_lifetime": "Выручка всего",
    "anonymous": "без имени",
    "page": "Стр. {page} из {pages}",
    "in_progress": "Месяц не закончен: данные по {moment}",
    "period_title": "Сводка программы лояльности за период",
    "period_subtitle": "{first} — {last}",
    "year_subtitle": "{year} год",
    "period_total": "Итог периода",
    "period_chain": "Движение баллов по месяцам",
    "period_chain_ok": "Остаток на конец каждого месяца — остаток на начало следующего; "
                       "движение периода равно сумме месяцев.",
    "period_members_note": "Показатели участников за период: активные на первый день периода "
                           "и на его конец, удержание между ними, LTV и Парето по покупкам "
                           "всего периода.",
    "period_sales": "Продажи по месяцам",
    "col_month": "Месяц",
    "earned_total": "Начислено",
    "chain_opening": "На начало", "chain_closing": "На конец", "chain_redeemed": "Списано",
    "chain_expired": "Сгорело", "chain_adjusted": "Корректировки", "chain_reversed": "Сторно",
    "month_page": "{month} {year}",
    "generated": "Сформировано программой; цифры воспроизводимы для любого прошлого месяца.",
}

_EN = {
    "title": "Loyalty programme summary",
    "subtitle": "{month} {year} · {shop}",
    "period": "Period: {start} — {end} ({tz}); activity window {days} days; point value {value}",
    "key_figures": "Key figures",
    "roll_title": "Points roll-forward (liability)",
    "discounts_title": "Discounts granted",
    "sales_title": "Sales with and without a card",
    "members_title": "Member metrics",
    "charts_title": "Charts: the month by day and the last 12 months",
    "at_risk_title": "Members at risk of leaving",
    "col_item": "Item", "col_points": "Points", "col_money": "Amount",
    "col_metric": "Metric", "col_value": "Value", "col_definition": "Definition",
    "col_mechanism": "Mechanism", "col_total": "Total", "col_card": "With card",
    "col_no_card": "Without card",
    "opening": "Opening outstanding",
    "earned_purchase": "+ Earned on purchases", "earned_welcome": "+ Welcome bonus",
    "earned_birthday": "+ Birthday bonus", "earned_referral": "+ Referral bonus",
    "earned_mission": "+ Mission bonus",
    "redeemed": "− Redeemed as payment", "expired": "− Expired",
    "adjusted": "± Manual adjustments", "reversed": "± Refund reversals",
    "closing": "Closing outstanding", "pending_closing": "of which pending (not yet spendable)",
    "liability": "Liability at month end",
    "identity_ok": "Check: opening + earned − redeemed − expired ± adjustments ± reversals "
                   "= closing — holds.",
    "identity_bad": "WARNING: the points roll-forward identity does not hold.",
    "discount_total": "Discounts in total (sales less returns)",
    "discount_total_short": "Discounts in total",
    "mech_card": "Card discount", "mech_cumulative": "Cumulative discount",
    "mech_tier": "Tier discount", "mech_birthday": "Birthday discount",
    "mech_progressive": "Receipt-total discount", "mech_coupon": "Coupons",
    "mech_stamp": "Stamp card (free item)", "mech_other": "Other",
    "by_tier": "Discounts to {tier} members", "no_tiers": "the program has no tiers",
    "by_tier_none": "Discounts by tier",
    "coupons_redeemed": "Coupons redeemed", "coupons_issued": "Coupons issued",
    "no_discounts": "No discounts were granted this month.",
    "receipts": "Receipts (sales)", "returns": "Returns", "revenue": "Net revenue",
    "avg_check": "Average check", "card_usage": "Card usage rate",
    "members_share": "Members' share of revenue",
    "card_note": "'With card' means a member was identified, by card or phone. "
                 "Points redeemed are a means of payment, not a discount.",
    "retention": "Retention", "churn": "Churn", "active_start": "Active at start",
    "active_end": "Active at end", "retained": "Retained",
    "new_members": "New (first purchase)", "enrolled_members": "Enrolled (card issued)",
    "buying_members": "Bought this month", "returning_members": "Returning",
    "loyalty_index": "Loyalty index", "existing_share": "Existing customers' share",
    "repeat_rate": "Repeat purchase rate", "ltv": "LTV", "pareto": "Pareto: top 20 % share",
    "tier_distribution": "Tier distribution", "tier_moves": "Upgrades / downgrades",
    "def_active": "a purchase in the {days} days up to the instant, (t − D, t]",
    "def_retained": "active both at the month's start and at its end",
    "def_retention": "retained / active at start × 100",
    "def_churn": "(active at start − retained) / active at start × 100",
    "def_new": "the member's first purchase is in this month",
    "def_enrolled": "the member's first card was issued this month",
    "def_buying": "members with a purchase this month",
    "def_returning": "bought this month and before it",
    "def_loyalty": "returning / members who bought × 100",
    "def_existing": "net revenue of returning members / all net revenue × 100",
    "def_repeat": "members with ≥ 2 purchases / members who bought × 100",
    "def_ltv": "average check × purchases per buyer × mean lifetime in months (≥ 1)",
    "def_pareto": ("share of the top ⌈20 %⌉ buyers of the month in the net revenue of the "
                   "buying members (only they: a member who only returned goods is not among "
                   "them; returns above purchases count as nothing), never above 100 %"),
    "def_tiers": "tier held at the month's end; upgrades at once, downgrades at the window's end",
    "chart_revenue": "Daily revenue, {currency}", "chart_points": "Points by day",
    "chart_active": "Active members at month end",
    "chart_retention": "Retention in the month, %",
    "legend_card": "with card", "legend_no_card": "without card",
    "legend_earned": "earned", "legend_redeemed": "redeemed",
    "risk_intro": "Regular members (≥ 3 purchases) whose days since the last purchase exceed "
                  "twice their usual interval ((last − first purchase) / (purchases − 1)). "
                  "Total: {count}.",
    "risk_more": "…and {count} more (the list is ranked by lifetime revenue).",
    "risk_none": "No member is at risk.",
    "col_member": "Member", "col_card_no": "Card", "col_purchases": "Purchases",
    "col_last": "Last", "col_interval": "Usual, d", "col_since": "Since, d",
    "col_lifetime": "Lifetime revenue",
    "anonymous": "no name",
    "page": "Page {page} of {pages}",
    "in_progress": "Month in progress: figures up to {moment}",
    "period_title": "Loyalty programme summary for a period",
    "period_subtitle": "{first} – {last}",
    "year_subtitle": "Year {year}",
    "period_total": "The period's totals",
    "period_chain": "Points roll-forward month by month",
    "period_chain_ok": "Each month's closing is the next month's opening; the period's movements "
                       "are the months' added up.",
    "period_members_note": "Member figures of the period: active on its first day and at its "
                           "end, retention between them, LTV and Pareto over the whole "
                           "period's purchases.",
    "period_sales": "Sales month by month",
    "col_month": "Month",
    "earned_total": "Earned",
    "chain_opening": "Opening", "chain_closing": "Closing", "chain_redeemed": "Redeemed",
    "chain_expired": "Expired", "chain_adjusted": "Adjusted", "chain_reversed": "Reversals",
    "month_page": "{month} {year}",
    "generated": "Produced by the till software; figures are reproducible for any past month.",
}

TEXT = {"ru": _RU, "en": _EN}

# a period's totals say "period" where a month's say "month"
_PERIOD_WORDS = {
    "ru": {"opening": "Остаток на начало периода", "closing": "Остаток на конец периода",
           "liability": "Обязательство на конец периода", "buying_members": "Покупали в периоде",
           "def_retained": "активны и на начало, и на конец периода",
           "def_new": "первая покупка участника — в этом периоде",
           "def_enrolled": "первая карта участника выдана в этом периоде",
           "def_buying": "участники с покупкой в периоде",
           "def_returning": "покупали в периоде и раньше"},
    "en": {"opening": "Opening outstanding", "closing": "Closing outstanding",
           "liability": "Liability at the period's end", "buying_members": "Bought in the period",
           "def_retained": "active both at the period's start and at its end",
           "def_new": "the member's first purchase is in this period",
           "def_enrolled": "the member's first card was issued in this period",
           "def_buying": "members with a purchase in the period",
           "def_returning": "bought in the period and before it"},
}


def texts(language: str) -> dict[str, str]:
    """The wording for ``language``; anything but Russian reads in English."""
    return TEXT["ru"] if language == "ru" else TEXT["en"]


def period_texts(language: str) -> dict[str, str]:
    """The wording of a period's totals: a month's, with "period" for "month"."""
    return {**texts(language), **_PERIOD_WORDS["ru" if language == "ru" else "en"]}


class Formatter:
    """Numbers as the language writes them; None is a dash."""

    def __init__(self, currency: str, language: str) -> None:
        self.currency, self.language = currency, language

    def money(self, minor: int | None) -> str:
        return DASH if minor is None else format_money(minor, self.currency, self.language)

    def number(self, value: int | None) -> str:
        if value is None:
            return DASH
        text = f"{abs(value):,}".replace(",", "\u00a0" if self.language == "ru" else ",")
        return ("−" if value < 0 else "") + text

    def pct(self, value: Decimal | None) -> str:
        if value is None:
            return DASH
        text = f"{abs(value):,}"
        if self.language == "ru":
            text = text.replace(",", "\u00a0").replace(".", ",")
        return ("−" if value < 0 else "") + text + "\u00a0%"

    def point_value(self, value: Fraction) -> str:
        # a point may be worth a fraction of a kopeck (100 points = 1 rouble)
        if value.denominator == 1:
            return self.money(int(value))
        major = (Decimal(value.numerator) / Decimal(value.denominator) / 100).normalize()
        text = f"{major:f}"
        return (text.replace(".", ",") if self.language == "ru" else text) + f" {self.currency}"
