// Progressive: the page works without this script (every button submits the form); with it,
// the focus goes to what just changed and the population panel shows progress and can be
// cancelled.
(function () {
  "use strict";

  function focusWatVeranderde() {
    var doel = document.querySelector("[data-focus]");
    if (doel) {
      doel.focus();
      doel.scrollIntoView({ block: "start" });
    }
  }

  function tekstVan(fouten) {
    return Object.keys(fouten).map(function (sleutel) { return fouten[sleutel]; });
  }

  function bevolkingspaneel() {
    var formulier = document.getElementById("werkbank");
    var knop = document.getElementById("bevolking-knop");
    var voortgang = document.getElementById("bevolking-voortgang");
    var balk = document.getElementById("bevolking-balk");
    var stand = document.getElementById("bevolking-stand");
    var annuleer = document.getElementById("bevolking-annuleer");
    var uitkomst = document.getElementById("bevolking-uitkomst");
    if (!formulier || !knop || !window.fetch) {
      return;
    }
    var taak = null;
    var annuleren = false;
    var FASEN = { genereren: "Bevolking wordt gemaakt…", controleren: "Bevolking wordt gecontroleerd…" };
    var basis = formulier.getAttribute("data-basis") || "/";
    var kenmerk = document.querySelector('meta[name="csrf-token"]');
    var kop = { "X-CSRF-Token": kenmerk ? kenmerk.getAttribute("content") : "" };

    function klaar() {
      voortgang.hidden = true;
      knop.disabled = false;
      taak = null;
    }

    function toonFout(meldingen) {
      uitkomst.innerHTML = "";
      meldingen.forEach(function (melding) {
        var p = document.createElement("p");
        p.className = "foutmelding";
        p.textContent = melding;
        uitkomst.appendChild(p);
      });
    }

    function volg(id) {
      fetch(basis + "bevolking/" + id).then(function (antwoord) { return antwoord.json(); }).then(function (d) {
        if (taak !== id) {
          return;
        }
        balk.max = d.totaal;
        balk.value = d.gedaan;
        stand.textContent = d.fase === "rekenen"
          ? d.gedaan.toLocaleString("nl-NL") + " van " + d.totaal.toLocaleString("nl-NL") + " personen berekend"
          : FASEN[d.fase] || "";
        if (d.status === "bezig") {
          setTimeout(function () { volg(id); }, 250);
        } else if (d.status === "klaar") {
          uitkomst.innerHTML = d.html;
          stand.textContent = "";
          klaar();
        } else if (d.status === "geannuleerd") {
          toonFout(["Berekening geannuleerd."]);
          klaar();
        } else {
          toonFout([d.fout || "De berekening is mislukt."]);
          klaar();
        }
      }).catch(function () {
        toonFout(["De werkbank antwoordt niet meer; draait de server nog?"]);
        klaar();
      });
    }

    knop.addEventListener("click", function (gebeurtenis) {
      gebeurtenis.preventDefault();
      knop.disabled = true;
      annuleren = false;
      uitkomst.innerHTML = "";
      balk.value = 0;
      stand.textContent = "Bevolking wordt gemaakt…";
      voortgang.hidden = false;
      var gegevens = new FormData(formulier);
      gegevens.delete("bestand");
      fetch(basis + "bevolking/start", { method: "POST", body: gegevens, headers: kop }).then(function (antwoord) {
        return antwoord.json().then(function (d) { return { ok: antwoord.ok, d: d }; });
      }).then(function (r) {
        if (!r.ok) {
          toonFout(tekstVan(r.d.fouten || { fout: "Ongeldige invoer." }));
          klaar();
          return;
        }
        taak = r.d.id;
        if (annuleren) {
          stuurAnnulering();
        }
        volg(taak);
      }).catch(function () {
        toonFout(["De werkbank antwoordt niet; draait de server nog?"]);
        klaar();
      });
    });

    function stuurAnnulering() {
      fetch(basis + "bevolking/" + taak + "/annuleer", { method: "POST", headers: kop });
    }

    annuleer.addEventListener("click", function () {
      annuleren = true;
      stand.textContent = "Wordt geannuleerd…";
      if (taak) {
        stuurAnnulering();
      }
    });
  }

  // The inputs only a proposal reads are shown once a reform or variant is chosen.
  function voorstelinvoer() {
    var veldenset = document.getElementById("voorstelinvoer");
    var keuzes = document.querySelectorAll('input[name="hervorming"]');
    if (!veldenset) {
      return;
    }
    Array.prototype.forEach.call(keuzes, function (keuze) {
      keuze.addEventListener("change", function () {
        if (keuze.checked) {
          veldenset.hidden = false;
        }
      });
    });
  }

  // The catalogue's search: hide the cards whose name, label and law do not contain the text.
  function catalogusZoeken() {
    var zoek = document.querySelector("[data-zoek]");
    if (!zoek) {
      return;
    }
    var kaarten = document.querySelectorAll("[data-zoektekst]");
    zoek.addEventListener("input", function () {
      var tekst = zoek.value.trim().toLowerCase();
      Array.prototype.forEach.call(kaarten, function (kaart) {
        kaart.hidden = tekst !== "" && kaart.getAttribute("data-zoektekst").indexOf(tekst) < 0;
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    catalogusZoeken();
    focusWatVeranderde();
    bevolkingspaneel();
    voorstelinvoer();
  });
})();
