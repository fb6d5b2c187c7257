// Documentation addresses (RFC 5737, RFC 3849) for what an imported definition leaves to Azure, shared by the importers.
/** Hands out distinct documentation addresses for the facts a definition leaves to Azure (each importer run has one). */
export class DefaultAddresses {
  private next = { public4: 10, public6: 10, private: 10, nic: 10, private6: 10, nic6: 10 };

  /** A public IPv4 frontend: 203.0.113.10, .11, … */
  public4(): string {
    return `203.0.113.${this.next.public4++}`;
  }
  /** A public IPv6 frontend: 2001:db8::a, ::b, … */
  public6(): string {
    return `2001:db8::${(this.next.public6++).toString(16)}`;
  }
  /** A private frontend whose address Azure allocates: 198.51.100.10, .11, … */
  privateFrontend(): string {
    return `198.51.100.${this.next.private++}`;
  }
  /** A NIC address Azure allocates: 192.0.2.10, .11, … */
  nic(): string {
    return `192.0.2.${this.next.nic++}`;
  }
  /** A private IPv6 frontend whose address Azure allocates: 2001:db8:0:1::a, ::b, … (RFC 3849) */
  privateFrontend6(): string {
    return `2001:db8:0:1::${(this.next.private6++).toString(16)}`;
  }
  /** A NIC IPv6 address Azure allocates: 2001:db8:0:2::a, ::b, … (RFC 3849) */
  nic6(): string {
    return `2001:db8:0:2::${(this.next.nic6++).toString(16)}`;
  }
}
