from __future__ import annotations

from django.urls import path

from rooms import views

urlpatterns = [
    path("", views.lobby, name="lobby"),
    path("rooms/new/", views.room_new, name="room_new"),
    path("rooms/<slug:slug>/", views.room_detail, name="room"),
    path("rooms/<slug:slug>/messages/", views.room_history, name="room_history"),
    path("rooms/<slug:slug>/members/", views.room_members, name="room_members"),
    path("rooms/<slug:slug>/join/", views.room_join, name="room_join"),
    path("rooms/<slug:slug>/leave/", views.room_leave, name="room_leave"),
]
