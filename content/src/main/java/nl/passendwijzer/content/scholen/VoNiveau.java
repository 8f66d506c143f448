package nl.passendwijzer.content.scholen;

/** Levels a VO vestiging offers. */
public enum VoNiveau { PRO, VMBO, HAVO, VWO }
