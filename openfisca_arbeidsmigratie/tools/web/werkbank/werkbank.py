"""The werkbank's model side: the system with its reforms, the form's fields, the examples and the
catalogue, built once; and what a page asks of them (decisions, reasons, charts, timelines)."""

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.situaties import laad_voorbeelden
from openfisca_arbeidsmigratie.tools.geval.tijdlijn import tijdlijn
from openfisca_arbeidsmigratie.tools.kern.aannames import is_voorstel
from openfisca_arbeidsmigratie.tools.kern.actualiteit import meldingen
from openfisca_arbeidsmigratie.tools.kern.register import (
    COMBINATIE,
    HervormingsFout,
    geldende_waarde,
    parameter_object,
    status_label,
)
from openfisca_arbeidsmigratie.tools.web.werkbank import catalogus, grafiek
from openfisca_arbeidsmigratie.tools.web.werkbank.berekening import (
    TITEL_HUIDIG_RECHT,
    Bevolkingstaak,
    Systemen,
    Taken,
    beslis,
    beslissingsvariabelen,
    bronnen,
    hervormingsgroepen,
    leg_geval_uit,
    toon_waarde,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.formulier import maak_formulier
from openfisca_arbeidsmigratie.tools.web.werkbank.foutteksten import WerkbankFout
from openfisca_arbeidsmigratie.tools.web.werkbank.route_as import (
    ASSEN,
    ROUTEKLEUREN,
    route_as,
    routelabel,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.toestand import Toestand, lees_toestand
from openfisca_arbeidsmigratie.tools.web.werkbank.waarom import waarom
from openfisca_arbeidsmigratie.tools.web.werkbank.wat_als import wijzigbare_parameters


class Werkbank:
    def __init__(self, systeem=None):
        self.systeem = systeem or CountryTaxBenefitSystem()
        self.formulier = maak_formulier(self.systeem)
        self.systemen = Systemen(self.systeem)
        self.taken = Taken()
        self.voorbeelden = laad_voorbeelden()
        self.groepen = hervormingsgroepen()
        self.titels = {k.naam: k.titel for g in self.groepen.values() for k in g}
        self.hervormingsnamen = set(self.titels)
        self.parameters = wijzigbare_parameters(self.systeem)
        self.bronnen = bronnen(self.systeem)
        self.variabelen = beslissingsvariabelen(self.systeem)
        self.voorstelvariabelen = {
            naam for naam in self.variabelen if is_voorstel(self.systeem.variables[naam])
        }
        self.catalogus_variabelen = catalogus.variabelen(self.systeem)
        self.catalogus_parameters = catalogus.parameters(self.systeem)

    def toestand(self, gegevens, bestanden=None) -> Toestand:
        return lees_toestand(self, gegevens, bestanden)

    def systemen_van(self, toestand: Toestand) -> dict:
        """Current law, each chosen reform (or all of them applied in sequence), the what-if."""
        hervormingen = toestand.hervormingen
        if toestand.combineren and len(hervormingen) > 1:
            hervormingen = [COMBINATIE.join(hervormingen)]
        return self.systemen.voor(hervormingen, toestand.wijziging)

    def titel(self, kolom: str) -> str:
        """A column's title: the reform's own name (joined with + for a combination) and its
        status, so that no reform's result reads as current law."""
        if kolom == TITEL_HUIDIG_RECHT:
            return kolom
        naam = " + ".join(self.titels.get(deel, deel) for deel in kolom.split(COMBINATIE))
        return f"{naam} [{status_label(kolom, 'nl')}]"

    def beslissingen(self, toestand: Toestand):
        with self.systemen.slot:
            return beslis(self.systemen_van(toestand), toestand.geval, self.variabelen)

    def uitleg(self, toestand: Toestand, kolom: int):
        systemen = self.systemen_van(toestand)
        titels = list(systemen)
        if not 0 <= kolom < len(titels):
            raise WerkbankFout(f"Onbekende kolom {kolom} voor Waarom; kies een kolom van de tabel.")
        systeem = systemen[titels[kolom]]
        with self.systemen.slot:
            stap = leg_geval_uit(systeem, toestand.geval, toestand.uitleg_variabele)
        return titels[kolom], waarom(
            stap, systeem, lambda naam, w: toon_waarde(systeem, naam, w), toestand.uitleg_volledig
        )

    def route_assen(self, toestand: Toestand) -> list[str]:
        """The route against the wage and against age under each system, as charts."""
        systemen = {self.titel(k): s for k, s in self.systemen_van(toestand).items()}
        grafieken = []
        with self.systemen.slot:
            for variabele in ASSEN:
                assen = route_as(systemen, toestand.geval, variabele)
                grafieken.append(
                    grafiek.routebanden(
                        f"Route tegen {assen.label.split(' (')[0].lower()} voor dit geval",
                        assen.label,
                        assen.waarden,
                        assen.routes,
                        assen.criteria,
                        routelabel,
                        ROUTEKLEUREN,
                    )
                )
        return grafieken

    def actualiteit(self, datum: str) -> list[str]:
        """Where current law may be stale on the decision date, in Dutch (README "Keeping the law
        current")."""
        return [m.tekst_nl() for m in meldingen(self.systeem, datum)]

    def parameterstand(self, pad: str, datum: str):
        """(label, value on the date, since) of a parameter, for the what-if's hint."""
        parameter = parameter_object(self.systeem, pad)
        geldend = geldende_waarde(parameter, datum)
        label = parameter.metadata.get("label") or parameter.description or pad
        if geldend is None:
            return label, None, None
        return label, geldend.value, geldend.instant_str

    def tijdlijn(self, pad: str, hervormingen=()):
        """The history of a parameter of current law, or of a chosen reform's own parameters."""
        systemen = list(self.systemen.voor(list(hervormingen), None).values())
        eerste_fout = None
        for systeem in systemen:
            try:
                waarden = tijdlijn(systeem, pad)
            except HervormingsFout as fout:
                eerste_fout = eerste_fout or fout
                continue
            getallen = [
                (w.datum, w.waarde)
                for w in waarden
                if isinstance(w.waarde, int | float) and not isinstance(w.waarde, bool)
            ]
            enkel = len({w.parameter for w in waarden}) == 1
            titel = f"Tijdlijn van {pad}"
            return waarden, grafiek.trapgrafiek(titel, getallen) if enkel and getallen else ""
        raise eerste_fout

    def start_bevolking(self, toestand: Toestand, wachten=False) -> Bevolkingstaak:
        systemen = self.systemen_van(toestand)
        taak = Bevolkingstaak(
            aantal=toestand.steekproef,
            datum=toestand.geval["period"],
            zaad=toestand.zaad,
            kolommen=list(systemen),
            per=toestand.per,
        )
        return self.taken.start(taak, systemen, self.systemen.slot, wachten=wachten)
