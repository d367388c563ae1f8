//! One reader of JSON text for every model of the crate.
//!
//! Every `from_json`-style function of the crate reads through [`from_str`]. In the default
//! build it is `serde_json::from_str`: an error names its line and column. With the `lean-json`
//! feature (the browser package) the text is parsed once into a [`serde_json::Value`] and the
//! model is read from that tree, so that the JSON parser is compiled once instead of once per
//! model (BENCHMARKS.md, "Browser package"). What differs there, and only there: an error in
//! the shape of the data (a missing field, a wrong type, an unknown variant) carries no line and
//! column (`line()` and `column()` are 0), a syntax error still does; a key given twice in one
//! object is refused while parsing ("duplicate key `k` at line L column C") for every object,
//! where the default build says "duplicate field" for a model's fields and lets a later entry
//! of a free-form map win.

use serde::de::DeserializeOwned;

/// Reads a model from JSON text.
///
/// # Errors
/// The `serde_json` error: malformed JSON, or JSON that does not fit the model.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    #[cfg(feature = "lean-json")]
    {
        serde_json::from_value(lean::parse(text)?)
    }
    #[cfg(not(feature = "lean-json"))]
    {
        serde_json::from_str(text)
    }
}

#[cfg(feature = "lean-json")]
mod lean {
    use serde::de::{DeserializeSeed, Error, MapAccess, SeqAccess, Visitor};
    use serde_json::{Map, Value};
    use std::fmt;

    /// JSON text as a tree, a key given twice in one object refused.
    pub(super) fn parse(text: &str) -> Result<Value, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(text);
        let value = Strict.deserialize(&mut de)?;
        de.end()?;
        Ok(value)
    }

    struct Strict;

    impl<'de> DeserializeSeed<'de> for Strict {
        type Value = Value;
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Strict {
        type Value = Value;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_bool<E: Error>(self, v: bool) -> Result<Value, E> {
            Ok(Value::Bool(v))
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_f64<E: Error>(self, v: f64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<Value, E> {
            Ok(Value::String(v.to_owned()))
        }
        fn visit_string<E: Error>(self, v: String) -> Result<Value, E> {
            Ok(Value::String(v))
        }
        fn visit_unit<E: Error>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut out = Vec::new();
            while let Some(v) = seq.next_element_seed(Strict)? {
                out.push(v);
            }
            Ok(Value::Array(out))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut out = Map::new();
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(A::Error::custom(format_args!("duplicate key `{key}`")));
                }
                let v = map.next_value_seed(Strict)?;
                out.insert(key, v);
            }
            Ok(Value::Object(out))
        }
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn a_key_given_twice_is_refused_with_its_position() {
            let e = super::parse("{\"a\": 1,\n \"a\": 2}").unwrap_err();
            assert_eq!(e.to_string(), "duplicate key `a` at line 2 column 4");
            let v = super::parse("{\"a\": [1, -2, 0.5, \"x\", null, true, {}]}").unwrap();
            assert_eq!(v.to_string(), "{\"a\":[1,-2,0.5,\"x\",null,true,{}]}");
            assert!(super::parse("[1] x").is_err());
        }
    }
}
