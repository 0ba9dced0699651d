package dev.trellis.core.org;

import java.util.regex.Pattern;

/**
 * Microsoft Teams ids (tenant ids, Azure AD object ids) are opaque strings: GUIDs in Teams itself,
 * other shapes in local tools (the Agents Playground's tenant is {@code
 * 00000000-0000-0000-0000-0000000000001}, thirteen digits at the end). Only their length and
 * characters are checked, so a typo'd column or a pasted URL is still refused.
 */
public final class TeamsIds {

  public static final int MAX_LENGTH = 128;
  public static final Pattern SHAPE =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}");

  private TeamsIds() {}

  public static boolean isWellFormed(String id) {
    return id != null && SHAPE.matcher(id).matches();
  }
}
