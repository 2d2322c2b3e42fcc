from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST
from django.views.generic import CreateView, FormView

from accounts import services, tokens
from accounts.forms import LoginForm, ProfileForm, SignupForm
from accounts.models import ApiToken, Theme
from accounts.throttles import client_address, password_reset_slot_take, signup_slot_take

TOO_MANY_SIGNUPS = (
    "Too many accounts were created from your network recently. Please try again in %(wait)s."
)
TOO_MANY_RESETS = (
    "Too many password resets were asked for from your network or for this address recently. "
    "Please try again in %(wait)s."
)
LOCKED_OUT = (
    "Too many failed attempts to log in as this user from your network. "
    "Log-ins are paused for up to %(wait)s: please try again then."
)


def _duration(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return f"{minutes} minute{'' if minutes == 1 else 's'}"


def _throttled(view, form, message: str, *, code: str, wait: float) -> HttpResponse:
    """The form again, saying how long to wait (`message` with %(wait)s), with 429."""
    form.add_error(None, ValidationError(message, code=code, params={"wait": _duration(wait)}))
    return view.render_to_response(view.get_context_data(form=form), status=429)


@method_decorator(login_not_required, name="dispatch")
class SignupView(CreateView):
    """Create an account, log the new person in, and send them to the lobby; at most
    SALON_SIGNUP_LIMIT accounts per address and window (429 and the form again beyond)."""

    form_class = SignupForm
    template_name = "accounts/signup.html"
    success_url = reverse_lazy("lobby")

    def form_valid(self, form):
        wait = signup_slot_take(address=client_address(self.request))
        if wait:
            return _throttled(self, form, TOO_MANY_SIGNUPS, code="too_many_signups", wait=wait)
        response = super().form_valid(form)
        login(self.request, self.object, backend="django.contrib.auth.backends.ModelBackend")
        return response


@method_decorator(login_not_required, name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset (the same answer whether or not an account has the address),
    at most SALON_PASSWORD_RESET_LIMIT requests per window from one network address and for
    one e-mail address (429 and the form again beyond, whether or not the address is known).
    Off, with a page that says so, on a server without a mail server (settings: EMAIL_HOST)."""

    email_template_name = "registration/password_reset_email.txt"

    def dispatch(self, request, *args, **kwargs):
        if not settings.SALON_PASSWORD_RESET_ENABLED:
            return render(request, self.template_name, {"reset_off": True}, status=503)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        wait = password_reset_slot_take(
            address=client_address(self.request), email=form.cleaned_data["email"]
        )
        if wait:
            return _throttled(self, form, TOO_MANY_RESETS, code="too_many_resets", wait=wait)
        return super().form_valid(form)


class ProfileView(FormView):
    """A person's own profile: display name, avatar colour and e-mail address."""

    form_class = ProfileForm
    template_name = "accounts/profile.html"
    success_url = reverse_lazy("profile")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "themes": Theme.choices}

    def form_valid(self, form):
        try:
            services.profile_update(
                user=self.request.user,
                display_name=form.cleaned_data["display_name"],
                avatar_colour=form.cleaned_data["avatar_colour"],
                email=form.cleaned_data["email"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, "Your profile was saved.")
        return super().form_valid(form)


@require_POST
def theme_choose(request: HttpRequest) -> HttpResponse:
    """Remember the theme a person picked (the top bar's switch, the profile's three choices,
    the admin's toggle). Asked by a script (htmx, static/js/admin_theme.js) that has already
    repainted the page, or without a page to go back to: 204. A plain form: back to the page it
    was picked on (`next`), which the server now renders in it."""
    try:
        services.theme_set(user=request.user, theme=request.POST.get("theme", ""))
    except ValidationError as error:
        return HttpResponse(error.messages[0], status=400, content_type="text/plain")
    back = request.POST.get("next", "")
    if request.htmx or not back:
        return HttpResponse(status=204)
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse_lazy("profile")
    return redirect(back)


def login_locked_out(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    """django-axes' lockout response (AXES_LOCKOUT_CALLABLE): the log-in page again, saying
    why and for how long, with 429. axes passes other arguments in its sync and its async
    middleware; only the request is used."""
    form = LoginForm(request, initial={"username": request.POST.get("username", "")})
    context = {
        "form": form,
        "next": request.POST.get("next", ""),
        "locked_out": LOCKED_OUT % {"wait": _duration(settings.AXES_COOLOFF_TIME.total_seconds())},
    }
    response = render(request, "registration/login.html", context, status=429)
    add_never_cache_headers(response)
    return response


@require_http_methods(["GET", "POST"])
def api_tokens(request: HttpRequest) -> HttpResponse:
    """The person's API tokens: make one (its secret is shown on this answer only) or revoke
    one. Staff can do the same for anyone in the admin."""
    new_secret = ""
    error = ""
    status = 200
    if request.method == "POST":
        if "revoke" in request.POST:
            token_id = request.POST["revoke"]
            token = ApiToken.objects.filter(
                user=request.user, pk=int(token_id) if token_id.isdigit() else 0
            ).first()
            if token is None:
                raise Http404("No such token.")
            tokens.token_revoke(token=token)
            messages.success(request, f"The token “{token.name}” is revoked.")
            return redirect("api_tokens")
        try:
            _token, new_secret = tokens.token_create(
                user=request.user, name=request.POST.get("name", "")
            )
        except ValidationError as refusal:
            error, status = refusal.messages[0], 400
    context = {
        "tokens": ApiToken.objects.filter(user=request.user),
        "new_secret": new_secret,
        "error": error,
    }
    response = render(request, "accounts/tokens.html", context, status=status)
    add_never_cache_headers(response)  # a secret on the page: never cached
    return response
