from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import include, path

from accounts.forms import LoginForm
from accounts.views import PasswordResetView, ProfileView, SignupView, api_tokens, theme_choose

urlpatterns = [
    path("signup/", SignupView.as_view(), name="signup"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            redirect_authenticated_user=True, authentication_form=LoginForm
        ),
        name="login",
    ),
    path("profile/", ProfileView.as_view(), name="profile"),
    path("theme/", theme_choose, name="theme"),
    # Before Django's own: the same URL and name, throttled.
    path("password_reset/", PasswordResetView.as_view(), name="password_reset"),
    # Log-out, password change and the rest of the reset, with Django's views and names
    # (templates in templates/registration/).
    path("", include("django.contrib.auth.urls")),
    path("tokens/", api_tokens, name="api_tokens"),
]
