package dev.trellis.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class ActionIdPropertiesTest {

  @Property
  void anyTextIsEitherAValidActionIdOrRefusedWithItsValue(
      @ForAll @StringLength(max = 80) String text) {
    if (text.matches("[a-z][a-z0-9_.-]{0,63}")) {
      assertThat(new ActionId(text).value()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> new ActionId(text)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
