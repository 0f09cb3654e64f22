"""Field validators, with Hypothesis properties: no input crashes them, and the formats users type pass."""
import string

from hypothesis import given
from hypothesis import strategies as st

from crdesk.services import validators as v


def test_mainland_mobile_and_landline_formats():
    for good in ["13812345678", "+86 13812345678", "021-62345678", "0571 8765 4321", "010-62345678-123",
                 "0755-2345678", "62345678", "021-62345678 转 801"]:
        assert v.is_phone(good), good
    for bad in ["12345", "12812345678", "1381234567", "abc", "021-1234", "+1 415 555 0100", "138123456789"]:
        assert not v.is_phone(bad), bad


@given(st.from_regex(r"1[3-9]\d{9}", fullmatch=True))
def test_every_mainland_mobile_number_is_accepted(number):
    assert v.is_phone(number)


@given(st.text())
def test_validators_never_raise_on_any_text(text):
    errors: v.Errors = []
    v.required(errors, "name", text)
    v.phone(errors, "phone", text)
    v.email(errors, "email", text)
    v.length(errors, "note", text, v.NOTE_MAX)
    assert all(field in ("name", "phone", "email", "note") for field, _, _ in errors)


@given(st.text(alphabet=string.whitespace, min_size=0, max_size=5))
def test_blank_required_fields_are_refused(text):
    errors: v.Errors = []
    v.required(errors, "name", text)
    assert errors == [("name", "required", {})]


@given(st.integers(min_value=0, max_value=20_000))
def test_length_limit_is_exact(length):
    errors: v.Errors = []
    v.length(errors, "note", "注" * length, v.NOTE_MAX)
    assert bool(errors) == (length > v.NOTE_MAX)
