from __future__ import annotations

from django.contrib.auth.forms import UserCreationForm

from accounts.models import User


class SignupForm(UserCreationForm):
    """Django's sign-up form (username, password1, password2) for our user model."""

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username",)
