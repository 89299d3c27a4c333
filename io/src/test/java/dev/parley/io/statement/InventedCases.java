package dev.parley.io.statement;

import java.time.LocalDate;

/**
 * Small negotiations between invented states, shared by the tests that read sentences with the
 * generic lexicon: what they know is only their parties and one item each.
 */
final class InventedCases {
  /** Norvania and Ostland over a herring quota, published 3 June 2024. */
  static final InventedCase FISHERIES =
      InventedCase.publishedOn(LocalDate.of(2024, 6, 3))
          .state("NV", "Norvania", "Norvanian | Norvanians")
          .state("OS", "Ostland", "Ostlandic")
          .item(
              "catch-quota",
              "The herring quota falls by a third",
              "OS",
              "herring quota | catch quota")
          .build("fisheries.lexicon");

  /**
   * Karvia and Lutheria in a trade dispute: Karvia's steel tariffs and border bill, which Lutheria
   * opposes, and the exemption of Karvian cars from Lutheria's tariffs; published 2 April 2025.
   */
  static final InventedCase TRADE =
      InventedCase.publishedOn(LocalDate.of(2025, 4, 2))
          .state("KV", "Karvia", "Karvian | Karvians")
          .state("LU", "Lutheria", "Lutherian | Lutherians")
          .item("steel-tariffs", "Karvia taxes Lutherian steel", "KV", "steel tariffs")
          .item("border-bill", "Karvia passes the border bill", "KV", "border bill")
          .item(
              "exemption",
              "Lutheria spares Karvian cars from its tariffs",
              "LU",
              "tariff exemption | exemption from the tariffs")
          .build("trade.lexicon");

  /** Marovia (seat Dorn) and Dunmark (seat Sallo) over a river's water, published 10 March 2025. */
  static final InventedCase RIVERS =
      InventedCase.publishedOn(LocalDate.of(2025, 3, 10))
          .state("MV", "Marovia", "Marovian | Marovians | Dorn")
          .state("DM", "Dunmark", "Dunmarkian | Sallo")
          .item(
              "water-quota",
              "Dunmark releases a fixed share of the river's flow",
              "DM",
              "water quota | water-sharing plan")
          .build("rivers.lexicon");

  /** A dockers' union and a port authority over a new contract, with mediators, 14 October 2024. */
  static final InventedCase PORT =
      InventedCase.publishedOn(LocalDate.of(2024, 10, 14))
          .state("DK", "Dockers' Union", "the dockers")
          .state("PA", "Port Authority", "the port")
          .state("MS", "Mediation Service", "the mediators")
          .item("contract", "A new contract", "DK | PA", "new contract")
          .build("port.lexicon");

  /**
   * Velmar and the Coastal Liberation Front over a truce, with Tarsia mediating, published 14
   * October 2024. The front is named by its abbreviation too, as "the insurgents" and as "the armed
   * opposition".
   */
  static final InventedCase TRUCE = truceSides().build("truce.lexicon");

  /**
   * The truce with a speaker of each side: Varga of Velmar, Brenn of the front, Quill of Tarsia.
   */
  static final InventedCase TRUCE_SPEAKERS =
      truceSides()
          .actor("varga", "VL", "minister", "Ilona Varga | Varga")
          .actor("brenn", "CLF", "envoy", "Tomas Brenn | Brenn")
          .actor("quill", "TS", "envoy", "Aster Quill | Quill")
          .build("truce-speakers.lexicon");

  private static InventedCase.Builder truceSides() {
    return InventedCase.publishedOn(LocalDate.of(2024, 10, 14))
        .state("VL", "Velmar", "Velmari | Republic of Velmar")
        .state("CLF", "Coastal Liberation Front", "CLF | insurgents | armed opposition")
        .state("TS", "Tarsia", "Tarsian")
        .item("truce", "The fighting stops for ninety days", "VL", "truce | ceasefire");
  }

  private InventedCases() {}
}
