from __future__ import annotations

from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.views.generic import CreateView

from accounts.forms import SignupForm


@method_decorator(login_not_required, name="dispatch")
class SignupView(CreateView):
    """Create an account, log the new person in, and send them to the lobby."""

    form_class = SignupForm
    template_name = "accounts/signup.html"
    success_url = reverse_lazy("lobby")

    def form_valid(self, form):
        response = super().form_valid(form)
        login(self.request, self.object, backend="django.contrib.auth.backends.ModelBackend")
        return response
