from __future__ import annotations

from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm, UserCreationForm

from accounts.models import User
from accounts.usernames import username_validate


class UsernameRulesMixin:
    """Salon's username rules (`username_validate`) on a form with a username field, checked
    when the name is new or changed."""

    def clean_username(self):
        clean = getattr(super(), "clean_username", None)
        username = clean() if clean else self.cleaned_data.get("username")
        if username and (self.instance.pk is None or "username" in self.changed_data):
            username_validate(username, exclude_pk=self.instance.pk)
        return username


class SignupForm(UsernameRulesMixin, UserCreationForm):
    """Django's sign-up form (username, password1, password2) for our user model."""

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username",)


class AdminUserAddForm(UsernameRulesMixin, AdminUserCreationForm):
    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ("username",)


class AdminUserEditForm(UsernameRulesMixin, UserChangeForm):
    class Meta(UserChangeForm.Meta):
        model = User
