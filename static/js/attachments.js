// Attachments: pick (📎), paste or drop a file; it uploads at once (the File itself as the
// request body, with a progress bar), and the token the server answers goes in the composer's
// hidden `attachment` field, which salon.js's outbox sends with the message. One file per
// message; the server checks everything again (rooms/attachment_views.py).
(function () {
  "use strict";

  var request = null; // the upload under way

  function form() { return document.getElementById("composer"); }
  function field() { return form().querySelector('input[name="attachment"]'); }
  function chip() { return document.getElementById("composer-attachment"); }

  function say(text) {
    var error = document.getElementById("composer-error");
    if (error) { error.dataset.clientId = ""; error.textContent = text; }
  }

  function csrfToken() {
    try { return JSON.parse(document.body.getAttribute("hx-headers"))["X-CSRFToken"]; } catch (e) { return ""; }
  }

  function clear() {
    if (request) { var r = request; request = null; r.abort(); }
    if (!form()) return;
    field().value = "";
    chip().hidden = true;
    delete form().dataset.uploading;
  }

  function upload(file) {
    var f = form();
    if (!f || !file) return;
    clear();
    var max = parseInt(f.dataset.uploadMax, 10);
    if (file.size > max) {
      say("Files can be at most " + Math.round(max / 1048576) + " MB: " + file.name + " is bigger.");
      return;
    }
    say("");
    var name = chip().querySelector(".composer-attachment-name");
    var bar = chip().querySelector("progress");
    name.textContent = file.name;
    bar.value = 0;
    bar.hidden = false;
    chip().hidden = false;
    f.dataset.uploading = "true";
    var xhr = new XMLHttpRequest();
    request = xhr;
    xhr.open("POST", f.dataset.uploadUrl + "?name=" + encodeURIComponent(file.name || "pasted"));
    xhr.setRequestHeader("X-CSRFToken", csrfToken());
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.addEventListener("progress", function (evt) {
      if (evt.lengthComputable) bar.value = Math.round((evt.loaded / evt.total) * 100);
    });
    xhr.addEventListener("load", function () {
      if (request !== xhr) return;
      request = null;
      delete f.dataset.uploading;
      if (xhr.status === 201) {
        var data = JSON.parse(xhr.responseText);
        field().value = data.token;
        name.textContent = data.name + " (" + data.size + ")";
        bar.hidden = true;
        document.getElementById("composer-body").focus();
        return;
      }
      var plain = (xhr.getResponseHeader("Content-Type") || "").indexOf("text/plain") === 0;
      clear();
      say(plain ? xhr.responseText : "The upload was refused (" + xhr.status + "). Reload the page and try again.");
    });
    xhr.addEventListener("error", function () {
      if (request !== xhr) return;
      request = null;
      clear();
      say("The upload failed: check the connection and try again.");
    });
    xhr.send(file);
  }

  document.addEventListener("change", function (evt) {
    if (evt.target.id !== "composer-file") return;
    upload(evt.target.files[0]);
    evt.target.value = "";
  });

  document.addEventListener("paste", function (evt) {
    if (evt.target.id !== "composer-body" || !evt.clipboardData || !evt.clipboardData.files.length) return;
    evt.preventDefault();
    upload(evt.clipboardData.files[0]);
  });

  // Dropping a file anywhere on the room attaches it.
  function carriesFiles(evt) { return evt.dataTransfer && Array.from(evt.dataTransfer.types).indexOf("Files") >= 0; }
  document.addEventListener("dragover", function (evt) {
    if (!form() || !carriesFiles(evt) || !evt.target.closest("#room")) return;
    evt.preventDefault();
    form().classList.add("is-dropping");
  });
  document.addEventListener("dragleave", function (evt) {
    if (form() && !evt.relatedTarget) form().classList.remove("is-dropping");
  });
  document.addEventListener("drop", function (evt) {
    if (!form() || !carriesFiles(evt) || !evt.target.closest("#room")) return;
    evt.preventDefault();
    form().classList.remove("is-dropping");
    upload(evt.dataTransfer.files[0]);
  });

  document.addEventListener("click", function (evt) {
    if (evt.target.closest(".composer-attachment-remove")) { clear(); document.getElementById("composer-body").focus(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var f = form();
    if (!f) return;
    // Before salon.js hears it (on the document): a send waits for its file to be uploaded.
    f.addEventListener("htmx:wsConfigSend", function (evt) {
      if (!f.dataset.uploading) return;
      evt.preventDefault();
      evt.stopPropagation();
      say("Wait for the file to finish uploading, then send.");
    });
  });

  // salon.js's outbox took the send (with the token): the next message starts without it.
  document.addEventListener("htmx:wsConfigSend", function (evt) {
    if (evt.target.id === "composer" && !form().dataset.uploading) clear();
  });
})();
