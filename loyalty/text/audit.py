"""The audit log's words (from the gettext catalogue): an action's label, a subject's and a
detail's wording, in Russian and English."""
from __future__ import annotations

from pos.staff.audit import AuditAction as A
from pos.wording import N_, gettext

ACTION_LABELS: dict[A, str] = {
    A.SHOP_CREATED: N_("Shop set up"),
    A.STAFF_ADDED: N_("Staff member added"),
    A.STAFF_ROLE_CHANGED: N_("Staff role changed"),
    A.STAFF_DEACTIVATED: N_("Staff member deactivated"),
    A.PIN_RESET: N_("PIN reset"),
    A.SETTINGS_CHANGED: N_("Settings changed"),
    A.BACKUP_MADE: N_("Backup made"),
    A.RESTORE: N_("Restored from a backup"),
    A.PRODUCT_ADDED: N_("Product added"),
    A.PRODUCT_CHANGED: N_("Product changed"),
    A.PRODUCT_RETIRED: N_("Product retired"),
    A.PRODUCT_RESTORED: N_("Product back on sale"),
    A.CATEGORY_SAVED: N_("Category named"),
    A.PRODUCTS_IMPORTED: N_("Products imported"),
    A.LINE_VOIDED: N_("Line voided"),
    A.LINE_REDUCED: N_("Quantity lowered"),
    A.SALE_VOIDED: N_("Sale voided"),
    A.RETURN: N_("Return"),
    A.PROGRAM_SAVED: N_("Loyalty program saved"),
    A.POINTS_ADJUSTED: N_("Points adjusted"),
    A.MEMBER_CREATED: N_("Customer enrolled"),
    A.MEMBER_EDITED: N_("Customer edited"),
    A.MEMBERS_IMPORTED: N_("Customers imported"),
    A.MEMBER_MERGED: N_("Duplicate customer merged"),
    A.MEMBER_EXPORTED: N_("Personal data exported"),
    A.MEMBER_ERASED: N_("Personal data erased"),
    A.CARDS_ISSUED: N_("Cards issued"),
    A.CARDS_REGISTERED: N_("Cards registered"),
    A.CARD_BOUND: N_("Card given to a customer"),
    A.CARD_ACTIVATED: N_("Bearer card activated"),
    A.CARD_BLOCKED: N_("Card blocked"),
    A.CARD_REPLACED: N_("Card replaced"),
    A.CARD_TYPE_CHANGED: N_("Card type changed"),
    A.COUPONS_GENERATED: N_("Coupon batch generated"),
}

# {ref} is the stored id; {name} what it is called now (looked up when shown); a person or
# a product found is shown by their name alone
SUBJECTS: dict[str, str] = {
    "member_bearer": N_("bearer card customer #{ref}"),
    "member_erased": N_("erased customer #{ref}"),
    "member_unknown": N_("customer #{ref}"),
    "card": N_("{name}, card {card}"),
    "card_bearer": N_("bearer card {card}"),
    "card_erased": N_("erased customer's card {card}"),
    "card_unknown": N_("card {card}"),
    "sale": N_("sale No. {ref}"),
    "product_unknown": N_("product #{ref}"),
    "category": N_("category “{name}”"),
    "program": N_("program version {ref}"),
    "coupons": N_("coupon batch “{ref}”"),
    "basket": N_("unpaid basket"),
    "file": N_("file {ref}"),
    "settings": N_("shop settings"),
    "count": N_("{ref} in all"),
}

# detail keys worded; a key not listed here is shown as stored
DETAILS: dict[str, str] = {
    "barcode": N_("barcode"), "price_minor": N_("price"), "changed": N_("changed"),
    "name": N_("name"), "was": N_("was"), "count": N_("how many"),
    "source": N_("from"), "return_sale_no": N_("return No."),
    "refund_money_minor": N_("refunded"), "points_back": N_("points back"),
    "lines": N_("lines"), "gross_minor": N_("amount"), "qty": N_("quantity"),
    "basket": N_("basket"), "role": N_("role"), "file": N_("file"), "kept": N_("kept in"),
    "by": N_("by"), "effective_from": N_("in effect from"), "fields": N_("fields"),
    "points": N_("points"), "reason": N_("reason"), "merged": N_("merged customer"),
    "cards": N_("cards"), "phones": N_("phones"), "member": N_("customer"),
    "card": N_("card"), "bearer": N_("bearer card"), "welcome_points": N_("welcome points"),
    "card_type": N_("card type"), "from": N_("from"), "to": N_("to"),
    "new_card": N_("new card"), "amount_minor": N_("amount"), "rate_bp": N_("discount"),
    "min_receipt_minor": N_("minimum receipt"), "valid_until": N_("valid until"),
    "max_uses": N_("uses"), "category": N_("category"), "no_discount": N_("no discount"),
    "no_points": N_("no points"), "email": N_("e-mail"), "phone": N_("phone"),
    "birthday": N_("birthday"), "consent_data_at": N_("consent to data processing"),
    "consent_marketing_at": N_("consent to marketing"), "language": N_("language"),
    "preset": N_("preset"),
    "timezone": N_("time zone"), "currency": N_("currency"), "card_prefix": N_("card prefix"),
}

WORDS: dict[str, str] = {
    "system": N_("system"), "yes": N_("yes"), "no": N_("no"), "none": N_("none"),
    "source_office": N_("the back office"), "source_command line": N_("the command line"),
    "role_cashier": N_("cashier"), "role_owner": N_("owner"), "role_bookkeeper": N_("bookkeeper"),
}


def action_label(action: str, language: str) -> str:
    """The action's label; a code the catalogue does not know (from an older version) as
    stored."""
    try:
        return gettext(language, ACTION_LABELS[A(action)])
    except ValueError:
        return action


def subject_text(key: str, language: str, **data: object) -> str:
    return gettext(language, SUBJECTS[key]).format(**data)


def detail_key(key: str, language: str) -> str:
    return gettext(language, DETAILS[key]) if key in DETAILS else key


def word(key: str, language: str) -> str | None:
    """A word of the log's own; None for a key it has none for."""
    return gettext(language, WORDS[key]) if key in WORDS else None
