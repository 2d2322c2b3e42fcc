from __future__ import annotations

from django import forms
from django.contrib.auth.forms import (
    AdminUserCreationForm,
    AuthenticationForm,
    UserChangeForm,
    UserCreationForm,
)
from django.core.exceptions import ValidationError

from accounts.models import AVATAR_COLOURS, DISPLAY_NAME_MAX_LENGTH, User
from accounts.usernames import username_validate


class UsernameRulesMixin:
    """Salon's username rules (`username_validate`) on a form with a username field, checked
    when the name is new or changed."""

    def clean_username(self):
        # Ours first: Django's own check for a name taken in another case would hide why a
        # name like a persona's (`AIBot`) is refused.
        username = self.cleaned_data.get("username")
        if username and (self.instance.pk is None or "username" in self.changed_data):
            username_validate(username, exclude_pk=self.instance.pk)
        clean = getattr(super(), "clean_username", None)
        return clean() if clean else username


class LoginForm(AuthenticationForm):
    """Django's log-in form, taking the username in any case: usernames are unique whatever
    their case, so `BOB` is bob. The name is replaced by the one stored before the password is
    checked, so django-axes counts failures per account, not per spelling."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": (
            "Please enter a correct username and password. Note that the password is "
            "case-sensitive."
        ),
    }

    def clean_username(self):
        username = self.cleaned_data["username"]
        stored = (
            User.objects.filter(username__iexact=username)
            .order_by("pk")
            .values_list("username", flat=True)
            .first()
        )
        return stored or username


class SignupForm(UsernameRulesMixin, UserCreationForm):
    """Django's sign-up form (username, an optional e-mail address for password resets,
    password1, password2) for our user model."""

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")
        help_texts = {"email": "Optional: where a password-reset link can be sent."}


class ProfileForm(forms.Form):
    """How others see a person, and where their password-reset links go. Changing the
    address asks for the password, so a borrowed session cannot redirect the resets.
    The rules on names are `accounts.services.display_name_clean`'s."""

    error_messages = {"password_incorrect": "Your password was entered incorrectly."}

    display_name = forms.CharField(
        required=False,
        strip=False,  # the service strips, after refusing what must not be in a name
        widget=forms.TextInput(
            attrs={"maxlength": DISPLAY_NAME_MAX_LENGTH, "autocomplete": "nickname"}
        ),
        help_text="How others see you in rooms. Leave empty to show your username.",
    )
    avatar_colour = forms.TypedChoiceField(
        choices=[("", "Automatic")] + [(str(hue), label) for hue, label in AVATAR_COLOURS],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    email = forms.EmailField(
        label="E-mail address",
        required=False,
        help_text="Where a password-reset link can be sent. Only you see it.",
    )
    password = forms.CharField(
        label="Current password (to change the e-mail address)",
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user: User, **kwargs) -> None:
        self.user = user
        kwargs["initial"] = {
            "display_name": user.display_name,
            "avatar_colour": "" if user.avatar_colour is None else str(user.avatar_colour),
            "email": user.email,
            **kwargs.get("initial", {}),
        }
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        email = User.objects.normalize_email(cleaned.get("email") or "")
        changed = "email" in cleaned and email != self.user.email
        if changed and not self.user.check_password(cleaned.get("password") or ""):
            error = self.error_messages["password_incorrect"]
            self.add_error("password", ValidationError(error, code="password_incorrect"))
        return cleaned


class AdminUserAddForm(UsernameRulesMixin, AdminUserCreationForm):
    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ("username",)


class AdminUserEditForm(UsernameRulesMixin, UserChangeForm):
    class Meta(UserChangeForm.Meta):
        model = User
