from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin

from accounts import tokens
from accounts.forms import AdminUserAddForm, AdminUserEditForm
from accounts.models import ApiToken, User


@admin.register(User)
class SalonUserAdmin(UserAdmin):
    """Django's user admin, with Salon's username rules on adding and renaming."""

    form = AdminUserEditForm
    add_form = AdminUserAddForm


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Staff make a token for someone (its secret is shown once, after saving) or revoke
    tokens; the secret itself is never stored."""

    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "user__username", "prefix"]
    raw_id_fields = ["user"]
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["user", "name"]
        return ["user", "name", "prefix", "created_at", "last_used_at", "revoked_at"]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["user", "prefix", "created_at", "last_used_at", "revoked_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            new, raw = tokens.token_new(user=obj.user, name=obj.name)
            obj.prefix, obj.digest = new.prefix, new.digest
            super().save_model(request, obj, form, change)
            messages.warning(request, f"The token for {obj.user}, shown only this once: {raw}")
            return
        super().save_model(request, obj, form, change)

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request, queryset):
        for token in queryset.filter(revoked_at__isnull=True):
            tokens.token_revoke(token=token)
        messages.success(request, "The selected tokens are revoked.")
