from __future__ import annotations

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.views.generic import CreateView

from accounts.forms import SignupForm
from accounts.throttles import client_address, signup_slot_take

TOO_MANY_SIGNUPS = (
    "Too many accounts were created from your network recently. Please try again in %(wait)s."
)
LOCKED_OUT = (
    "Too many failed attempts to log in as this user from your network. "
    "Log-ins are paused for up to %(wait)s: please try again then."
)


def _duration(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return f"{minutes} minute{'' if minutes == 1 else 's'}"


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
            form.add_error(
                None,
                ValidationError(
                    TOO_MANY_SIGNUPS, code="too_many_signups", params={"wait": _duration(wait)}
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        response = super().form_valid(form)
        login(self.request, self.object, backend="django.contrib.auth.backends.ModelBackend")
        return response


def login_locked_out(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    """django-axes' lockout response (AXES_LOCKOUT_CALLABLE): the log-in page again, saying
    why and for how long, with 429. axes passes other arguments in its sync and its async
    middleware; only the request is used."""
    form = AuthenticationForm(request, initial={"username": request.POST.get("username", "")})
    context = {
        "form": form,
        "next": request.POST.get("next", ""),
        "locked_out": LOCKED_OUT % {"wait": _duration(settings.AXES_COOLOFF_TIME.total_seconds())},
    }
    response = render(request, "registration/login.html", context, status=429)
    add_never_cache_headers(response)
    return response
