from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from accounts.forms import AdminUserAddForm, AdminUserEditForm
from accounts.models import User


@admin.register(User)
class SalonUserAdmin(UserAdmin):
    """Django's user admin, with Salon's username rules on adding and renaming."""

    form = AdminUserEditForm
    add_form = AdminUserAddForm
